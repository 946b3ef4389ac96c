# test lock acquire with timeout and retries
import threading, time
lock = threading.Lock()
attempts = []
holder_ready = threading.Event()
release_now = threading.Event()
def holder():
    with lock:
        holder_ready.set()
        release_now.wait()
def trier():
    for i in range(5):
        if lock.acquire(timeout=0.01):
            attempts.append(("got", i))
            lock.release()
            return
        attempts.append(("timeout", i))
        if i == 2:
            release_now.set()
            h.join()
h = threading.Thread(target=holder); h.start()
holder_ready.wait()
t = threading.Thread(target=trier); t.start()
t.join(); h.join()
print(attempts)
