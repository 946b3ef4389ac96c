# test misc: global rebind seen
# Another thread's rebinding, shadowing and deleting of module globals is seen by warm name sites.
import threading, time
flag = 0
def reader():
    return flag
def use_abs():
    return abs(-1)
for _ in range(1000):
    reader(); use_abs()
def writer():
    global flag, abs
    flag = 1
    abs = lambda v: "thread's abs"
t = threading.Thread(target=writer); t.start(); t.join()
print(reader(), use_abs())
for _ in range(1000):
    reader(); use_abs()
def deleter():
    global flag, abs
    del flag, abs
t = threading.Thread(target=deleter); t.start(); t.join()
print(use_abs())
try:
    reader()
except NameError as e:
    print("NameError:", e)

stop = False
def spin():
    n = 0
    while not stop:
        n += 1
    print("spinner saw stop")
t = threading.Thread(target=spin); t.start()
time.sleep(0.05)
stop = True
t.join()

class Box:
    def __init__(self): self.v = 0
    def read(self): return self.v
    def write(self, v): self.v = v
box = Box()
for i in range(1000):
    box.write(i); box.read()
def other():
    box.write("from thread")
t = threading.Thread(target=other); t.start(); t.join()
print(box.read())
box.write("from main")
t = threading.Thread(target=lambda: print(box.read())); t.start(); t.join()
