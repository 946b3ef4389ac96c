# test tutorials: logging's Manager (root.manager.loggerDict with placeholders), setLoggerClass, setLogRecordFactory, makeRecord overrides, disable() through the manager, loggers made in threads
import logging, sys, threading
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
logging.root.addHandler(h)
print(logging.getLogger("app.db.pool").parent.name, sorted(logging.root.manager.loggerDict))
print(type(logging.Logger.manager.loggerDict["app.db"]).__name__, logging.root.manager.root is logging.root)
db = logging.getLogger("app.db")
print(logging.getLogger("app.db.pool").parent is db, db.parent.name)
def make(n):
    logging.getLogger(f"app.worker{n}").warning("made in %s", threading.current_thread().name)
ts = [threading.Thread(target=make, args=(i,), name=f"T{i}") for i in range(3)]
for t in ts: t.start(); t.join()
print(sorted(k for k, v in logging.root.manager.loggerDict.items() if isinstance(v, logging.Logger)))
print(logging.getLoggerClass() is logging.Logger)
class TaggedLogger(logging.Logger):
    def makeRecord(self, *args, **kwargs):
        rec = super().makeRecord(*args, **kwargs)
        rec.msg = "[tagged] " + rec.msg
        return rec
logging.setLoggerClass(TaggedLogger)
tl = logging.getLogger("tagged")
print(type(tl).__name__, type(logging.getLogger("app.db")).__name__)
tl.warning("via makeRecord")
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(dict)
except TypeError as e:
    print("TypeError:", e)
old = logging.getLogRecordFactory()
def factory(*args, **kwargs):
    rec = old(*args, **kwargs)
    rec.thread_label = threading.current_thread().name.lower()
    return rec
logging.setLogRecordFactory(factory)
h.setFormatter(logging.Formatter("%(thread_label)s %(message)s"))
t = threading.Thread(target=logging.warning, args=("factory in thread",), name="Factory"); t.start(); t.join()
logging.warning("factory in main")
logging.setLogRecordFactory(old)
h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
logging.disable(logging.WARNING)
print(logging.root.manager.disable, logging.root.isEnabledFor(logging.WARNING), logging.root.isEnabledFor(logging.ERROR))
logging.warning("hidden"); logging.error("shown")
logging.disable(logging.NOTSET)
try:
    logging.disable("LOUD")
except ValueError as e:
    print("ValueError:", e)
try:
    logging.getLogger(5)
except TypeError as e:
    print("TypeError:", e)
