# test one io.StringIO written by several threads under a lock, read back in MainThread
import io, threading
buf = io.StringIO()
lock = threading.Lock()
def work(n):
    with lock:
        print(f"worker {n}", file=buf)
ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(buf.getvalue().splitlines()))
