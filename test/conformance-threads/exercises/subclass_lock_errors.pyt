# test subclassing what is not a class (threading.Lock, RLock, an instance): CPython's TypeErrors
import queue
import threading


def attempt(make):
    try:
        make()
    except (TypeError, AssertionError) as e:
        print(type(e).__name__ + ":", e)


def lock_subclass():
    class CountingLock(threading.Lock):
        pass


def rlock_subclass():
    class CountingRLock(threading.RLock):
        pass


def thread_instance_base():
    class Worker(threading.Thread()):
        pass


def queue_instance_base():
    class Jobs(queue.Queue()):
        pass


def function_base():
    class Current(threading.current_thread):
        pass


for make in (lock_subclass, rlock_subclass, thread_instance_base, queue_instance_base, function_base):
    attempt(make)
attempt(lambda: type(threading.Lock())())
attempt(lambda: type(threading.Lock().acquire)("x"))
attempt(lambda: type(iter([]))([]))
attempt(lambda: type(lambda: 0)())


# what works: wrapping a lock instead
class CountingLock:
    def __init__(self):
        self._lock = threading.Lock()
        self.count = 0

    def __enter__(self):
        self._lock.acquire()
        self.count += 1
        return self

    def __exit__(self, *exc):
        self._lock.release()


lock = CountingLock()
threads = [threading.Thread(target=lambda: [lock.__enter__() and lock.__exit__() for _ in range(100)]) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(lock.count)
