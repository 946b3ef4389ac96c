# Ctrl-C while the program's end waits for a non-daemon thread: the test sends SIGINT once "ready" is
# printed. CPython ignores it there (a message, not the exit status), then runs the atexit callbacks.
import atexit
import sys
import threading
import time

if len(sys.argv) > 1 and sys.argv[1] == "atexit":
    atexit.register(print, "atexit ran")
threading.Thread(target=time.sleep, args=(10,)).start()
print("ready", flush=True)
sys.exit(4)
