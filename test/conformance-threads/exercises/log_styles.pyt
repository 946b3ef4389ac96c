# test logging styles, adapters, extra, lastResort
import logging, threading, sys
log = logging.getLogger("svc")
log.warning("no handlers: %s", "lastResort")
log.info("not shown")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("{levelname:<7}|{threadName:>10}|{name}|{message}", style="{"))
log.addHandler(h)
log.setLevel(logging.DEBUG)
def w():
    log.debug("debug from %s", threading.current_thread().name)
    log.warning("with extra", extra={"user": "bob"})
t = threading.Thread(target=w, name="T-1"); t.start(); t.join()
h.setFormatter(logging.Formatter("$levelname $name $message", style="$"))
log.error("dollar")
h.setFormatter(logging.Formatter("%(user)s did %(message)s"))
log.info("login", extra={"user": "amy"})
class Adapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"[{self.extra['conn']}] {msg}", kwargs
h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
ad = Adapter(log, {"conn": 7})
ad.info("hello %d", 5)
ad2 = logging.LoggerAdapter(log, {"x": 1})
ad2.warning("plain adapter")
try:
    logging.Formatter("%(x)s", style="?")
except ValueError as e:
    print("ValueError:", e)
try:
    logging.Formatter("no fields", style="{", validate=True)
except ValueError as e:
    print("ValueError:", e)
print(logging.getLevelName(10), logging.getLevelName("WARNING"), logging.getLevelName(33))
logging.addLevelName(25, "NOTICE")
log.log(25, "custom level")
print(log.isEnabledFor(5), log.getChild("x").name)
lst = logging.getLogger("svc.sub.leaf")
lst.critical("propagated")
print(logging.root.level, logging.WARN, logging.FATAL)
