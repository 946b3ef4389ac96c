# test from concurrent.futures.thread import ThreadPoolExecutor (an IDE's auto-import) imports the package first
from concurrent.futures.thread import ThreadPoolExecutor
import concurrent.futures.thread
import threading

print(ThreadPoolExecutor, ThreadPoolExecutor is concurrent.futures.ThreadPoolExecutor)
print(concurrent.futures.thread.BrokenThreadPool.__mro__[1].__name__)


def square(n):
    return n * n


with ThreadPoolExecutor(max_workers=2) as pool:
    print(list(pool.map(square, range(6))))


def in_thread():
    from concurrent.futures.thread import ThreadPoolExecutor as T
    print("thread sees", T is ThreadPoolExecutor)


t = threading.Thread(target=in_thread)
t.start()
t.join()
