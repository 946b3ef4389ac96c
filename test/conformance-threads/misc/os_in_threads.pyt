# test os functions called from threads see the same pid, cpu count and environment as MainThread
import os, threading
pids = []
def work():
    pids.append((os.getpid(), os.cpu_count(), os.getenv('HOME'), os.path.join('a', 'b')))
ts = [threading.Thread(target=work) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(len(pids), all(p == (os.getpid(), os.cpu_count(), os.getenv('HOME'), 'a/b') for p in pids))
