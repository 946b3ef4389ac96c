# test a Thread subclass that stores its exception and re-raises it in join() (custom class, chained cause)
import threading
class PropagatingThread(threading.Thread):
    def run(self):
        self.exc = None
        try:
            super().run()
        except BaseException as e:
            self.exc = e
    def join(self, timeout=None):
        super().join(timeout)
        if self.exc:
            raise self.exc
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
def risky(n):
    if n == 3:
        raise AppError(42, "three is bad")
    return n
def chained():
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e
t = PropagatingThread(target=risky, args=(1,)); t.start(); t.join(); print("ok 1")
t = PropagatingThread(target=chained); t.start()
try:
    t.join()
except RuntimeError as e:
    print("caught", e, "cause:", repr(e.__cause__), isinstance(e, Exception))
t = PropagatingThread(target=risky, args=(3,)); t.start()
try:
    t.join()
except AppError as e:
    print("AppError", e.code, e, type(e).__name__, e is t.exc)
t = PropagatingThread(target=risky, args=(3,)); t.start()
t.join()
