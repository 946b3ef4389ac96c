# test lessons: queue logging pipeline
import logging, queue, threading, sys
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(threadName)s %(message)s")
q = queue.Queue()
def consumer():
    while (item := q.get()) is not None:
        pass
    logging.info("consumer finished")
t = threading.Thread(target=consumer, name="Consumer")
t.start()
for i in range(100):
    q.put(i)
q.put(None)
t.join()
logging.info("main finished")
