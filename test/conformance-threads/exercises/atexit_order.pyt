# test atexit order relative to non-daemon thread join
import atexit, threading, time
atexit.register(lambda: print("atexit 1"))
atexit.register(print, "atexit 2", "args")
ev = threading.Event()
def slow():
    ev.wait()
    print("slow thread finishing")
t = threading.Thread(target=slow); t.start()
threading.Timer(0.05, ev.set).start()
print("main done")
