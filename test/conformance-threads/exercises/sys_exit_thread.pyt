# test sys.exit in thread, exit codes
import threading, sys
def w():
    sys.exit(5)
t = threading.Thread(target=w); t.start(); t.join()
print("main still runs")
def w2():
    raise SystemExit("message")
t = threading.Thread(target=w2); t.start(); t.join()
print("main exits")
sys.exit(2)
