# test logging: record fields in a thread, level names, addLevelName, disable, filters, reprs, LoggerAdapter and its subclass process()
import logging, sys, threading
logging.basicConfig(level="INFO", stream=sys.stdout, format="%(levelname)s|%(name)s|%(funcName)s|%(filename)s|%(module)s|%(lineno)d|%(threadName)s|%(message)s")
def work():
    logging.info("in %s", "work")
    logging.getLogger("child.sub").warning("w")
t = threading.Thread(target=work, name="Tw"); t.start(); t.join()
logging.debug("hidden")
log = logging.getLogger(__name__)
log.info("module logger %d%%", 5)
print(log.name, log.level, log.getEffectiveLevel(), log.parent, log.handlers, logging.getLogger().handlers[0].__class__.__name__)
print(logging.getLevelName(logging.WARNING), logging.INFO, logging.getLevelName("WARN"), logging.WARN)
logging.addLevelName(25, "NOTICE")
logging.log(25, "custom level")
print(logging.getLevelName(25))
lg = logging.getLogger("a.b")
print(lg.parent.name, logging.getLogger("a").name, lg.propagate)
try:
    logging.basicConfig(level="NOPE", force=True)
except ValueError as e:
    print(e)
logging.getLogger().setLevel(logging.ERROR)
logging.warning("suppressed")
logging.error("shown %s", [1, 2])
logging.disable(logging.CRITICAL)
logging.critical("disabled")
logging.disable(logging.NOTSET)
logging.critical("enabled again")
class Filt(logging.Filter):
    def filter(self, record):
        return "keep" in record.getMessage()
h = logging.StreamHandler(sys.stdout)
h.addFilter(Filt())
h.setFormatter(logging.Formatter("F:%(message)s"))
fl = logging.getLogger("filtered"); fl.addHandler(h); fl.propagate = False; fl.setLevel(logging.DEBUG)
fl.info("drop this"); fl.info("keep this")
print(repr(fl), repr(h), repr(logging.getLogger()))
adapter = logging.LoggerAdapter(fl, {"x": 1})
adapter.info("keep adapter")
fl.info("keep %(a)s", {"a": "dict-arg"})
class Ctx(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"[{self.extra['user']}] {msg}", kwargs
ctx = Ctx(fl, {"user": "ann"})
ctx.warning("keep ctx %d", 1)
print(repr(ctx), ctx.name, ctx.isEnabledFor(10))
h.setFormatter(logging.Formatter("F:%(message)s user=%(user)s"))
logging.LoggerAdapter(fl, {"user": "bob"}).info("keep extra")
