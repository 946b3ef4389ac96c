# test producer/consumer with queue.Queue and Event
import queue, threading, random, concurrent.futures, time

def producer(q, event, out):
    rng = random.Random(7)
    n = 0
    while n < 20:
        message = rng.randint(1, 101)
        q.put(message)
        n += 1
    q.put(None)

def consumer(q, event, out):
    event.wait()  # the start signal
    while True:
        m = q.get()
        if m is None:
            q.task_done()
            break
        out.append(m)
        q.task_done()

q = queue.Queue(maxsize=10)
event = threading.Event()
out = []
with concurrent.futures.ThreadPoolExecutor(max_workers=2) as ex:
    ex.submit(producer, q, event, out)
    ex.submit(consumer, q, event, out)
    event.set()
q.join()
print(f"consumed {len(out)} messages, total {sum(out)}")
print(f"queue empty: {q.empty()}, size {q.qsize()}")
print(out[:5])
