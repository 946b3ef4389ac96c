# test threading._register_atexit ordering with atexit
import threading, atexit
atexit.register(print, "atexit")
threading._register_atexit(print, "threading atexit 1")
threading._register_atexit(print, "threading atexit 2")
t = threading.Thread(target=print, args=("thread",)); t.start(); t.join()
print("main")
