# test tutorials: the logging cookbook's QueueHandler + QueueListener (logging from worker threads through a queue to one listener thread), respect_handler_level, MemoryHandler flushing to a target, the module's unsupported file handlers named
import logging, logging.handlers, queue, threading, sys
q = queue.Queue(-1)
console = logging.StreamHandler()  # stderr
console.setFormatter(logging.Formatter("%(threadName)-10s %(levelname)-8s %(name)s: %(message)s"))
quiet = logging.StreamHandler(sys.stdout)
quiet.setLevel(logging.WARNING)
quiet.addFilter(lambda record: "Traceback" not in record.getMessage())  # tracebacks only on stderr
quiet.setFormatter(logging.Formatter("stdout %(levelname)s %(message)s"))
listener = logging.handlers.QueueListener(q, console, quiet, respect_handler_level=True)
root = logging.getLogger()
root.addHandler(logging.handlers.QueueHandler(q))
root.setLevel(logging.DEBUG)
listener.start()
def worker(n, ev_in, ev_out):
    ev_in.wait()
    logging.getLogger(f"worker.{n}").info("hello %d", n)
    if n == 1:
        logging.getLogger(f"worker.{n}").warning("odd one %r", {"n": n})
    ev_out.set()
evs = [threading.Event() for _ in range(4)]
ts = [threading.Thread(target=worker, args=(i, evs[i], evs[i + 1]), name=f"W{i}") for i in range(3)]
for t in ts: t.start()
evs[0].set()
for t in ts: t.join()
try:
    1 / 0
except ZeroDivisionError:
    logging.exception("failed")
q.join()
listener.stop()
print("listener stopped:", listener._thread, q.qsize())
root.handlers.clear()
mh = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=quiet)
quiet.setLevel(logging.DEBUG)
lg = logging.getLogger("mem"); lg.propagate = False; lg.addHandler(mh)
lg.info("buffered 1"); print("after 1:", len(mh.buffer))
lg.info("buffered 2"); print("after 2:", len(mh.buffer))
lg.info("buffered 3"); print("after 3:", len(mh.buffer))
lg.info("buffered 4"); lg.error("flush now"); print("after error:", len(mh.buffer))
mh.close()
print(logging.handlers.DEFAULT_TCP_LOGGING_PORT, logging.handlers is sys.modules["logging.handlers"])
try:
    logging.handlers.Nope
except AttributeError as e:
    print("AttributeError:", e)
