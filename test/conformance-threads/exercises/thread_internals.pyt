# test Thread private attributes used by StackOverflow patterns
import threading
class ReturnThread(threading.Thread):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._return = None
    def run(self):
        if self._target is not None:
            self._return = self._target(*self._args, **self._kwargs)
    def join(self, *a):
        super().join(*a)
        return self._return
t = ReturnThread(target=pow, args=(2, 10))
t.start()
print(t.join())
t2 = threading.Thread(target=pow, args=(2, 3), kwargs={})
print(t2._target, t2._args, t2._kwargs, t2._name, t2._daemonic)
t2.start(); t2.join()
for a in ("_target", "_args", "_kwargs"):
    print(a, hasattr(t2, a))
print(t2.is_alive())
ids = {}
def rec():
    me = threading.current_thread()
    ids["match"] = (threading.get_ident() == me.ident, threading.get_native_id() == me.native_id)
    ids["enum"] = sorted(t.name for t in threading.enumerate())
    ids["count"] = threading.active_count()
t3 = threading.Thread(target=rec, name="rec"); t3.start(); t3.join()
print(ids)
print(threading.active_count(), [t.name for t in threading.enumerate()])
class Stoppable(threading.Thread):
    def __init__(self):
        super().__init__()
        self._stop_event = threading.Event()
        self.ticks = 0
    def stop(self): self._stop_event.set()
    def stopped(self): return self._stop_event.is_set()
    def run(self):
        while not self.stopped():
            self.ticks += 1
            self._stop_event.wait(0.001)
s = Stoppable(); s.start(); s.stop(); s.join()
print(s.is_alive(), s.ticks >= 0)
