# 1 000 threads started and joined one after another.
from threading import Thread

done = []

def work(i):
    done.append(i)

for i in range(1000):
    t = Thread(target=work, args=(i,))
    t.start()
    t.join()
print(len(done), sum(done))
