# test tutorials: Timer: args, kwargs, cancel, interval, finished, subclass
import threading
ev = threading.Event()
def hello(name, punct="!"):
    print("hello", name + punct, threading.current_thread().name)
    ev.set()
t = threading.Timer(0.01, hello, args=("world",), kwargs={"punct": "?"})
print(t.name, t.interval, t.daemon)
t.start(); ev.wait(); t.join()
print(t.finished.is_set())
t2 = threading.Timer(10, hello, ["never"])
t2.start(); t2.cancel(); t2.join()
print("cancelled", t2.finished.is_set(), t2.is_alive())
class RepeatTimer(threading.Timer):
    def run(self):
        n = 0
        while not self.finished.wait(self.interval):
            n += 1
            self.function(n, *self.args, **self.kwargs)
            if n == 3:
                self.cancel()
r = RepeatTimer(0.005, lambda n, tag: print("tick", n, tag), args=("r",))
r.start(); r.join()
print(type(t.finished).__name__)
t3 = threading.Timer(0, lambda: 1/0)
t3.name = "BadTimer"
t3.start(); t3.join()
print("end")
