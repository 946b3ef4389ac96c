# test QueueHandler/QueueListener
import logging, logging.handlers, queue, threading, sys
q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
sh = logging.StreamHandler(sys.stdout)
sh.setFormatter(logging.Formatter("%(threadName)s: %(levelname)s %(message)s"))
listener = logging.handlers.QueueListener(q, sh)
root = logging.getLogger("q")
root.addHandler(qh)
root.setLevel(logging.DEBUG)
listener.start()
def w(i):
    root.info("msg %d", i)
for i in range(3):
    t = threading.Thread(target=w, args=(i,), name=f"W{i}"); t.start(); t.join()
listener.stop()
print("stopped")
