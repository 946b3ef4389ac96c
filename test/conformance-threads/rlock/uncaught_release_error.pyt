# test rlock: uncaught release error
import threading
lock = threading.RLock()
lock.release()
