# test semaphore: parking lot
import threading, time
spots = threading.Semaphore(3)
log_lock = threading.Lock()
parked = []
def car(n):
    with spots:
        with log_lock:
            parked.append(n)
        time.sleep(0.01)
cars = [threading.Thread(target=car, args=(i,)) for i in range(8)]
for c in cars: c.start()
for c in cars: c.join()
print(sorted(parked))
