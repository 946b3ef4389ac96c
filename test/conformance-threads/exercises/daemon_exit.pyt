# test daemon threads killed at exit, non-daemon waited
import threading, time
def forever():
    while True:
        time.sleep(0.01)
threading.Thread(target=forever, daemon=True).start()
def short():
    time.sleep(0.05)
    print("short done")
threading.Thread(target=short).start()
print("main returns")
