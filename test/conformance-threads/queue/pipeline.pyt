# test queue: pipeline
import queue, threading
stage1 = queue.Queue(); stage2 = queue.Queue()
def doubler():
    while (x := stage1.get()) is not None:
        stage2.put(x * 2)
    stage2.put(None)
def collector(out):
    while (x := stage2.get()) is not None:
        out.append(x + 1)
out = []
t1 = threading.Thread(target=doubler); t2 = threading.Thread(target=collector, args=(out,))
t1.start(); t2.start()
for i in range(10):
    stage1.put(i)
stage1.put(None)
t1.join(); t2.join()
print(out)
