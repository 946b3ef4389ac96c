# test logging: worker threads sorted
import logging, threading, sys
records = []
class ListHandler(logging.Handler):
    def emit(self, record):
        records.append(self.format(record))
h = ListHandler()
h.setFormatter(logging.Formatter("%(threadName)s|%(levelname)s|%(message)s"))
root = logging.getLogger()
root.addHandler(h)
root.setLevel(logging.DEBUG)
def work(i):
    logging.getLogger("job").debug("step %d", i)
ts = [threading.Thread(target=work, args=(i,), name=f"Job-{i}") for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print("\n".join(sorted(records)))
