# test pool threads show as non-daemon (as CPython's), and a thread started inside a task inherits that
from concurrent.futures import ThreadPoolExecutor
import threading
def who():
    t = threading.current_thread()
    inner = threading.Thread(target=lambda: None)
    return t.name, t.daemon, repr(t).rsplit(" ", 1)[0], inner.daemon
with ThreadPoolExecutor(max_workers=1) as ex:
    print(ex.submit(who).result())
    print([t.name for t in threading.enumerate()][1:], [t.daemon for t in threading.enumerate()])
