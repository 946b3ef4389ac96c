# test RLock recursion and Condition with RLock
import threading
rl = threading.RLock()
def fact(n):
    with rl:
        return 1 if n <= 1 else n * fact(n - 1)
res = {}
def w(n): res[n] = fact(n)
ts = [threading.Thread(target=w, args=(n,)) for n in (5, 10, 15)]
for t in ts: t.start()
for t in ts: t.join()
print(res)
cond = threading.Condition(threading.RLock())
items = []
def consumer():
    with cond:
        with cond:
            cond.wait_for(lambda: len(items) >= 3)
            print("consumer got", items)
def producer():
    for i in range(3):
        with cond:
            items.append(i)
            cond.notify()
c = threading.Thread(target=consumer); c.start()
p = threading.Thread(target=producer); p.start()
c.join(); p.join()
print(rl._is_owned() if hasattr(rl, "_is_owned") else "n/a")
