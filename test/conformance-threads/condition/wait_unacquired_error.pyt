# test condition: wait unacquired error
import threading
cond = threading.Condition()
try:
    cond.wait()
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
try:
    cond.notify()
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
try:
    cond.notify_all()
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
