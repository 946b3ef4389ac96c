# test sharing: sorting a shared list of ints, strs, floats or tuples is one step, as CPython's: other threads never see it empty nor lose an append
import threading

N = 400
scores = []
errors = []
start = threading.Barrier(4)

def player(k):
    start.wait()
    for i in range(N):
        scores.append((i % 7, k, float(i)))
        scores.sort(reverse=True)
        try:
            top = scores[0]
            low = scores[-1]
        except IndexError as e:
            errors.append(str(e))

threads = [threading.Thread(target=player, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(scores), errors, scores[:3], scores == sorted(scores, reverse=True))

# shared, and sorted as CPython sorts: stable under reverse, a key, mixed types refused
names = ["bob", "Al", "cy", "al", "Bob"]
shared = [names]
t = threading.Thread(target=lambda: shared[0].sort(key=str.lower))
t.start()
t.join()
print(names)
names.sort(reverse=True)
print(names)
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "y")]
shared.append(pairs)
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
mixed = [3, "x", 1]
shared.append(mixed)
try:
    mixed.sort()
except TypeError as e:
    print("TypeError:", e, mixed)
