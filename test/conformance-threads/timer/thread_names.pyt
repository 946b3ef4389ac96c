# test timer: thread names
import threading
names = []
t1 = threading.Timer(0.01, lambda: names.append(threading.current_thread().name))
t2 = threading.Timer(0.01, lambda: names.append(threading.current_thread().name))
print(t1.name, t2.name)
t1.start(); t1.join(); t2.start(); t2.join()
print(names)
print(isinstance(t1, threading.Thread))
