# test rlock: release unowned error
import threading
r = threading.RLock()
try:
    r.release()
except RuntimeError as e:
    print(type(e).__name__, e)
