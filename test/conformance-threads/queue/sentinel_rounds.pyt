# test queue: 150 rounds of 3 consumers blocked in get(), 30 items, join(), then one None each: every consumer gets its None (a put's wake once went to a waiter not counted yet, and a sleeper kept waiting with its None in the queue)
import queue
import threading

for rnd in range(150):
    q = queue.Queue()
    results = []
    lock = threading.Lock()

    def consumer():
        while True:
            x = q.get()
            if x is None:
                q.task_done()
                return
            with lock:
                results.append(x * x)
            q.task_done()

    cs = [threading.Thread(target=consumer) for _ in range(3)]
    for c in cs:
        c.start()
    for i in range(30):
        q.put(i)
    q.join()
    for _ in cs:
        q.put(None)
    for c in cs:
        c.join()
    assert sorted(results) == [i * i for i in range(30)], rnd
print("150 rounds")
