# test sleeping barber with semaphores, forced order
import threading
customers = threading.Semaphore(0)
barber_ready = threading.Semaphore(0)
mutex = threading.Lock()
waiting = []
CHAIRS = 3
served = []
turned_away = []
def barber():
    while True:
        customers.acquire()
        with mutex:
            c = waiting.pop(0)
        if c is None:
            break
        barber_ready.release()
        served.append(c)
def customer(name):
    with mutex:
        if len(waiting) >= CHAIRS:
            turned_away.append(name)
            return
        waiting.append(name)
    customers.release()
    barber_ready.acquire()
b = threading.Thread(target=barber, name="barber")
b.start()
cs = []
for i in range(8):
    t = threading.Thread(target=customer, args=(f"c{i}",))
    t.start(); cs.append(t)
for t in cs: t.join()
with mutex:
    waiting.append(None)
customers.release()
b.join()
print(sorted(served + turned_away), len(served) + len(turned_away))
