# test queue: objects passed through a shared queue are the same objects (identity, mutation seen),
# None and other constants, big ints, floats, strings, tuples and instances keep their values
# (identity is checked for mutable objects and constants: pyt copies immutable values between threads)
import queue
import threading

class Box:
    def __init__(self, v):
        self.v = v

q = queue.Queue(maxsize=4)
sent = [Box(1), [1, 2], {"k": 3}, None, True, 2 ** 70, -5, 1.5, "text", (1, "a", None), Box(2), 10 ** 9 * 3]
got = []
def consumer():
    for _ in sent:
        got.append(q.get())
        q.task_done()
t = threading.Thread(target=consumer)
t.start()
for x in sent:
    q.put(x)
q.join()
t.join()
print([a is b for a, b in zip(sent, got) if a is None or a is True or not isinstance(a, (int, float, str, tuple))])
print([a == b for a, b in zip(sent, got)])
got[0].v = 99
got[1].append(3)
print(sent[0].v, sent[1], got[3] is None, q.unfinished_tasks, q.qsize())

# items put by the main thread before the queue was shared are there, in order, for the threads
q2 = queue.Queue()
for i in range(5):
    q2.put(i)
q2.put(sent[0])
out = []
t = threading.Thread(target=lambda: [out.append(q2.get()) for _ in range(6)])
t.start()
t.join()
print(out[:5], out[5] is sent[0], q2.unfinished_tasks)
