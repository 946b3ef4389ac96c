# test basicConfig force/handlers/level strings, Formatter defaults, taskName error
import logging, sys, threading
logging.basicConfig(level="INFO", stream=sys.stdout, format="A %(message)s")
logging.info("first")
logging.basicConfig(level="DEBUG", format="ignored %(message)s")
logging.debug("not shown")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)s %(app)s %(message)s", defaults={"app": "demo"}))
logging.basicConfig(handlers=[h], level=logging.DEBUG, force=True)
logging.debug("with defaults")
try:
    logging.basicConfig(stream=sys.stdout, handlers=[h], force=True)
except ValueError as e:
    print("ValueError:", e)
try:
    logging.basicConfig(foo=1, force=True)
except ValueError as e:
    print("ValueError:", e)
try:
    logging.getLogger().setLevel("LOUD")
except ValueError as e:
    print("ValueError:", e)
try:
    logging.getLogger().setLevel(None)
except TypeError as e:
    print("TypeError:", e)
logging.basicConfig(stream=sys.stdout, format="%(threadName)s %(taskName)s %(message)s", force=True)
def w(): logging.warning("task")
t = threading.Thread(target=w, name="TN"); t.start(); t.join()
logging.basicConfig(stream=sys.stdout, format="%(threadName)s|%(message)s", force=True)
logging.warning("%s and %s", "a")
print("end")
