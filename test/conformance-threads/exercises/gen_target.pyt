# test generator function as target, daemon inheritance
import threading
def g():
    print("never")
    yield
t = threading.Thread(target=g); t.start(); t.join()
print("gen target ok")
res = []
def inner(): res.append(threading.current_thread().daemon)
def outer():
    t = threading.Thread(target=inner); res.append(t.daemon); t.start(); t.join()
d = threading.Thread(target=outer, daemon=True); d.start(); d.join()
n = threading.Thread(target=outer); n.start(); n.join()
print(res)
print(threading.Thread(target=inner, daemon=None).daemon)
