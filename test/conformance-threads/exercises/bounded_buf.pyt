# test bounded buffer with two semaphores and a lock
import threading
SIZE = 4
buf = [None] * SIZE
inp = outp = 0
empty = threading.Semaphore(SIZE)
full = threading.Semaphore(0)
mutex = threading.Lock()
got = []
def producer(base):
    global inp
    for i in range(25):
        empty.acquire()
        with mutex:
            buf[inp] = base + i
            inp = (inp + 1) % SIZE
        full.release()
def consumer(n):
    global outp
    for _ in range(n):
        full.acquire()
        with mutex:
            got.append(buf[outp])
            outp = (outp + 1) % SIZE
        empty.release()
ps = [threading.Thread(target=producer, args=(b,)) for b in (0, 100, 200, 300)]
cs = [threading.Thread(target=consumer, args=(50,)) for _ in range(2)]
for t in ps + cs: t.start()
for t in ps + cs: t.join()
print(len(got), sum(got), sorted(got) == sorted(b + i for b in (0, 100, 200, 300) for i in range(25)))
print(empty._value, full._value)
