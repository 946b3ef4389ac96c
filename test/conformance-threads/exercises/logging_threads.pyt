# test logging from threads with formats
import logging, threading, sys
logging.basicConfig(stream=sys.stderr, level=logging.DEBUG,
                    format="%(levelname)-8s [%(threadName)s] %(name)s.%(funcName)s:%(lineno)d %(message)s")
log = logging.getLogger(__name__)
child = logging.getLogger(__name__ + ".child")
def work(n):
    log.info("working on %d", n)
    child.debug("child says %s", n)
ev = threading.Event()
t = threading.Thread(target=work, args=(1,), name="W1"); t.start(); t.join()
t = threading.Thread(target=work, args=(2,), name="W2"); t.start(); t.join()
def fails():
    try:
        {}["k"]
    except KeyError:
        log.exception("lookup failed in %s", threading.current_thread().name)
t = threading.Thread(target=fails, name="F"); t.start(); t.join()
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(threadName)s|%(levelno)s|%(module)s|%(message)s"))
lg = logging.getLogger("app.db")
lg.addHandler(h)
lg.propagate = False
lg.setLevel(logging.WARNING)
def w2():
    lg.info("hidden")
    lg.warning("shown %r", {"a": 1})
    lg.error("err")
t = threading.Thread(target=w2, name="DB"); t.start(); t.join()
print(logging.getLogger("app").getEffectiveLevel(), lg.getEffectiveLevel(), lg.parent.name, lg.handlers)
print(child.parent is log, log.parent.name)
logging.getLogger().handlers[0].setFormatter(logging.Formatter("%(threadName)s %(processName)s %(message)s"))
import re
class F(logging.Filter):
    def filter(self, rec):
        rec.msg = rec.msg + "!"
        return True
log.addFilter(F())
log.warning("x")
