# test bad Thread arguments
import threading
def f(x):
    print("got", x)
t = threading.Thread(target=f, args=(1))
t.start(); t.join()
t = threading.Thread(target=f, args=(1, 2))
t.start(); t.join()
t = threading.Thread(target=f, kwargs={"y": 1})
t.start(); t.join()
t = threading.Thread(target=f, args="a")
t.start(); t.join()
try:
    threading.Thread(group=1)
except AssertionError as e:
    print("AssertionError:", e)
try:
    threading.Thread(f)
except AssertionError as e:
    print("AssertionError:", e)
class Bad(threading.Thread):
    def __init__(self):
        self.x = 1
try:
    Bad().start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    Bad().name
except Exception as e:
    print(type(e).__name__, e)
t = threading.Thread(target=f, args=(5,))
t.run()
print(t.is_alive())
t = threading.Thread(target=None)
t.start(); t.join()
print("ok")
try:
    threading.Thread(target=f, name=5).start()
except Exception as e:
    print(type(e).__name__, e)
