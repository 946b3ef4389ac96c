# test tutorials: Future.add_done_callback, callback exceptions logged, InvalidStateError, exception(timeout)
import concurrent.futures as cf
import logging, sys, re, threading
class Mask(logging.Formatter):
    def format(self, rec):
        return re.sub(r'0x[0-9a-f]+', '0x?', super().format(rec))
h = logging.StreamHandler(); h.setFormatter(Mask("%(levelname)s:%(name)s:%(message)s"))
logging.getLogger("concurrent.futures").addHandler(h)
logging.getLogger("concurrent.futures").propagate = False
def cb(f):
    print("callback", f.result(), threading.current_thread().name == "MainThread")
f = cf.Future()
f.add_done_callback(cb)
f.set_result(5)
f.add_done_callback(cb)
def bad_cb(f):
    raise ValueError("cb failed")
f2 = cf.Future()
f2.add_done_callback(bad_cb)
f2.set_result(1)
try:
    f2.set_result(2)
except cf.InvalidStateError as e:
    print("InvalidStateError:", re.sub(r'0x[0-9a-f]+', '0x?', str(e)))
try:
    f2.set_exception(ValueError())
except cf.InvalidStateError as e:
    print("InvalidStateError2:", re.sub(r'0x[0-9a-f]+', '0x?', str(e)))
f3 = cf.Future()
try:
    f3.exception(timeout=0.01)
except cf.TimeoutError:
    print("timeout")
print(f3.set_running_or_notify_cancel(), f3.running(), f3.cancel())
f4 = cf.Future(); f4.cancel()
print(f4.set_running_or_notify_cancel())
try:
    f4.exception()
except cf.CancelledError:
    print("cancelled exception()")
with cf.ThreadPoolExecutor(2) as ex:
    done_order = []
    ev = threading.Event()
    fut = ex.submit(ev.wait)
    fut.add_done_callback(lambda f: done_order.append(("cb", f.result())))
    ev.set()
cf.wait([fut])
print(done_order)
print(issubclass(cf.InvalidStateError, Exception), cf.TimeoutError is TimeoutError)
