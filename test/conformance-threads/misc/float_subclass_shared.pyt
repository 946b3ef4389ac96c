# test a float subclass's instance passed to and shared with threads keeps its class and attributes
import threading
class Temp(float):
    def __repr__(self): return f"Temp({float(self)})"
    def warmer(self, d): return Temp(self + d)
readings = []
lock = threading.Lock()
t0 = Temp(20.5)
t0.unit = "C"
def sensor(i, base):
    v = base.warmer(i)
    with lock:
        readings.append(v)
ts = [threading.Thread(target=sensor, args=(i, t0)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(readings), [type(r).__name__ for r in readings], t0.unit)
shared = {"t": Temp(1.5)}
def reader():
    print("thread sees", shared["t"], type(shared["t"]).__name__, shared["t"] * 2)
th = threading.Thread(target=reader); th.start(); th.join()
