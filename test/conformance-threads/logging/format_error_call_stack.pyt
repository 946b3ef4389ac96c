# test a logging call whose arguments do not fit its message prints "--- Logging error ---" with the call stack, in a thread and at module level
import logging, threading
logging.basicConfig(level=logging.INFO, format="%(threadName)s %(message)s")
def worker(n):
    logging.info("worker", n)
t = threading.Thread(target=worker, args=(1,), name="W1")
t.start(); t.join()
logging.warning("main %d", "x")
print("done")
