# test tutorials: logging.captureWarnings (warnings from threads logged on py.warnings), a StreamHandler's stream attribute and setStream, lastResort writing to a redirected sys.stderr, a StringIO handler shared by threads, and shutdown() at exit flushing a MemoryHandler and calling custom flush/close
import logging, logging.handlers, sys, threading, warnings, io, contextlib, atexit
logging.basicConfig(level=logging.DEBUG, format="%(name)s|%(levelname)s|%(threadName)s|%(message)s")
logging.captureWarnings(True)
warnings.warn("careful now")
def warner():
    warnings.warn("from thread", UserWarning)
t = threading.Thread(target=warner, name="Warner"); t.start(); t.join()
logging.captureWarnings(False)
root = logging.getLogger()
print(type(root.handlers[0]).__name__, root.handlers[0].stream is sys.stderr, repr(root.handlers[0]))
buf = io.StringIO()
print(root.handlers[0].setStream(buf) is sys.stderr, root.handlers[0].setStream(buf))
logging.info("into buffer")
root.handlers[0].setStream(sys.stderr)
print(repr(buf.getvalue()))
lr = io.StringIO()
with contextlib.redirect_stderr(lr):
    logging.getLogger("lonely").propagate = False
    logging.getLogger("lonely").warning("last resort into redirected stderr")
print(repr(lr.getvalue()), repr(logging.lastResort))
sbuf = io.StringIO()
h = logging.StreamHandler(sbuf)
h.setFormatter(logging.Formatter("%(threadName)s %(message)s"))
lg = logging.getLogger("buf"); lg.addHandler(h); lg.propagate = False
def w(n):
    lg.warning("from %d", n)
ts = [threading.Thread(target=w, args=(i,), name=f"T{i}") for i in range(3)]
for t in ts: t.start(); t.join()
print(sbuf.getvalue(), end="")
console = logging.StreamHandler(sys.stdout)
mh = logging.handlers.MemoryHandler(100, target=console)
ml = logging.getLogger("mem"); ml.addHandler(mh); ml.propagate = False
ml.warning("buffered until exit")
atexit.register(print, "user atexit runs first")
class Loud(logging.Handler):
    def emit(self, record):
        print("emit", record.getMessage())
    def flush(self):
        print("flush Loud")
    def close(self):
        print("close Loud")
        super().close()
ml.addHandler(Loud())
ml.warning("hello")
print("main done")
