# test ThreadWithReturnValue pattern using _target/_args/_kwargs
from threading import Thread
class ThreadWithReturnValue(Thread):
    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, Verbose=None):
        Thread.__init__(self, group, target, name, args, kwargs)
        self._return = None
    def run(self):
        if self._target is not None:
            self._return = self._target(*self._args, **self._kwargs)
    def join(self, *args):
        Thread.join(self, *args)
        return self._return
def foo(bar, times=1):
    return 'foo' * times + bar
t = ThreadWithReturnValue(target=foo, args=('world!',), kwargs={"times": 2})
t.start()
print(t.join())
class Broken(Thread):
    def __init__(self, n):
        self.n = n
    def run(self):
        print(self.n)
try:
    Broken(1).start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    Thread(group="g")
except AssertionError as e:
    print("AssertionError:", e)
try:
    Thread(target=foo, args=5).start()
except TypeError as e:
    print("TypeError:", e)
