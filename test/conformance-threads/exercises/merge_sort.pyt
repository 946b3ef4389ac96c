# test parallel merge sort with threads and results in a list
import threading, random
def merge(a, b):
    out = []; i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]: out.append(a[i]); i += 1
        else: out.append(b[j]); j += 1
    return out + a[i:] + b[j:]
def psort(xs, depth=0):
    if len(xs) <= 1: return xs
    mid = len(xs) // 2
    if depth < 2:
        res = [None, None]
        def work(i, part): res[i] = psort(part, depth + 1)
        ts = [threading.Thread(target=work, args=(0, xs[:mid])), threading.Thread(target=work, args=(1, xs[mid:]))]
        for t in ts: t.start()
        for t in ts: t.join()
        return merge(*res)
    return merge(psort(xs[:mid], depth + 1), psort(xs[mid:], depth + 1))
rng = random.Random(1)
data = [rng.randint(0, 1000) for _ in range(300)]
s = psort(data)
print(s == sorted(data), s[:10], s[-5:])
