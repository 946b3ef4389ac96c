# test local: init args error
import threading
try:
    threading.local(1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
