# test MainThread's generator stepped by a thread while MainThread busy-waits on a flag (it never blocks until the join): it takes the steps between iterations of its loop
import threading

def gen():
    for i in range(5):
        yield i * i

g = gen()
done = False
res = []

def w():
    global done
    res.extend(g)
    done = True

t = threading.Thread(target=w)
t.start()
while not done:
    pass
t.join()
print(res)
