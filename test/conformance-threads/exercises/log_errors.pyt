# test logging format errors from a thread
import logging, threading, sys
logging.basicConfig(stream=sys.stdout, format="%(threadName)s %(message)s")
log = logging.getLogger()
def w():
    log.warning("two args %s %s", 1)
    log.warning("ok %d", 3)
t = threading.Thread(target=w, name="LOG"); t.start(); t.join()
