# Ctrl-C while MainThread waits: the test sends SIGINT once "ready" is printed.
import sys
import threading
import time

where = sys.argv[1] if len(sys.argv) > 1 else "join"


def nap():
    time.sleep(10)


t = threading.Thread(target=nap)
t.start()
lock = threading.Lock()
lock.acquire()
print("ready", flush=True)
if where == "join":
    t.join()
elif where == "acquire":
    lock.acquire()
else:
    time.sleep(10)
print("not reached")
