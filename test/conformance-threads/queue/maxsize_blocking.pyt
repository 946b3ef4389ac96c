# test queue: maxsize blocking
import queue, threading, time
q = queue.Queue(maxsize=1)
log = []
def producer():
    for i in range(3):
        q.put(i)
        log.append(f"put {i}")
t = threading.Thread(target=producer)
t.start()
while not log:
    time.sleep(0.01)
time.sleep(0.05)
print(log)
for _ in range(3):
    q.get()
t.join()
print(log)
