# test pprint.pformat in threads: each worker formats its own nested result, the main thread prints them in order
import pprint
import threading

results = {}
lock = threading.Lock()


def work(n):
    data = {"worker": n, "squares": [i * i for i in range(n * 8)], "meta": {"even": n % 2 == 0, "name": "w%d" % n}}
    text = pprint.pformat(data, width=50)
    with lock:
        results[n] = text


threads = [threading.Thread(target=work, args=(n,)) for n in range(1, 4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for n in sorted(results):
    print(results[n])
pprint.pprint(results, width=120, depth=1)
