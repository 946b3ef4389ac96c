# test event: stop flag
import threading, time
stop = threading.Event()
count = [0]
def worker():
    while not stop.is_set():
        count[0] += 1
        stop.wait(0.01)
t = threading.Thread(target=worker)
t.start()
time.sleep(0.05)
stop.set()
t.join()
print("stopped:", count[0] > 0, t.is_alive())
