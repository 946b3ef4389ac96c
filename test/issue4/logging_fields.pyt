import logging, threading
logging.basicConfig(level=logging.DEBUG, format="%(asctime)s %(threadName)s %(thread)d %(levelname)s %(name)s %(message)s")
def worker(n):
    logging.getLogger("pool").info("item %d", n)
ts = [threading.Thread(target=worker, args=(i,), name=f"W{i}") for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
logging.debug("main %d", threading.get_ident())
logging.basicConfig(format="%(asctime)s|%(message)s", datefmt="%H:%M:%S", force=True)
logging.warning("datefmt")
