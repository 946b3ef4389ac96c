# test renaming main thread, logging and tracebacks use new names
import threading, logging, sys
logging.basicConfig(stream=sys.stdout, format="%(threadName)s:%(message)s")
threading.current_thread().name = "Boss"
logging.warning("hello")
def w():
    threading.current_thread().name = "Renamed"
    logging.warning("in thread")
    raise ValueError("named")
t = threading.Thread(target=w, name="orig"); t.start(); t.join()
print(t.name, threading.main_thread().name)
print(repr(threading.main_thread()).split(",")[0])
raise KeyError("main")
