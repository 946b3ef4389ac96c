# test rlock: release by other thread
import threading
r = threading.RLock()
r.acquire()
result = []
def other():
    try:
        r.release()
    except RuntimeError as e:
        result.append(str(e))
t = threading.Thread(target=other); t.start(); t.join()
print(result)
r.release()
