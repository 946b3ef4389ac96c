# test logging: thread name field
import logging, threading
logging.basicConfig(level=logging.INFO, format="%(threadName)s: %(message)s")
def worker(n):
    logging.info("working on %d", n)
ts = [threading.Thread(target=worker, args=(i,), name=f"worker-{i}") for i in range(3)]
for t in ts:
    t.start()
    t.join()
logging.info("all done")
