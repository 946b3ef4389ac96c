# test pending pool work runs at exit without shutdown
from concurrent.futures import ThreadPoolExecutor
import threading, time, sys
ex = ThreadPoolExecutor(1)
gate = threading.Event()
def job(n):
    gate.wait()
    print("job", n)
    return n
fs = [ex.submit(job, i) for i in range(3)]
fs[-1].add_done_callback(lambda f: print("callback", f.result()))
threading.Timer(0.05, gate.set).start()
print("main exits via sys.exit")
sys.exit(0)
