# test atexit: a thread registers a callback then sys.exit()s (ending only itself); a callback starts a thread and logs
import atexit, threading, logging, sys
logging.basicConfig(format="%(threadName)s: %(message)s", level=logging.INFO)
def cb_thread():
    t = threading.Thread(target=print, args=("thread started in atexit",))
    t.start(); t.join()
    logging.info("logged at exit")
atexit.register(cb_thread)
def in_thread():
    atexit.register(print, "registered from", threading.current_thread().name)
    sys.exit(5)   # only ends the thread
t = threading.Thread(target=in_thread, name="T1"); t.start(); t.join()
print("main end")
