# test work submitted to a ThreadPoolExecutor never shut down still runs at the end of the program (CPython joins its workers at exit)
from concurrent.futures import ThreadPoolExecutor
import threading
go = threading.Event()
def slow(n):
    go.wait()
    print("done", n)
ex = ThreadPoolExecutor(max_workers=1)
for i in range(3):
    ex.submit(slow, i)
print("main exits")
go.set()
