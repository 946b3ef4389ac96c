# test a thread stepping MainThread's generator while MainThread computes: the step happens once MainThread waits (here in join), and the results are the same
import threading

def gen():
    for i in range(5):
        yield i * 3

g = gen()
got = []

def worker():
    got.extend(g)

t = threading.Thread(target=worker)
t.start()
total = 0
for i in range(300_000):
    total += i
t.join()
print(got, total)
