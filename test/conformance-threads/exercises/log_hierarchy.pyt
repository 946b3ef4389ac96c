# test logger hierarchy, propagation, levels across threads
import logging, sys, threading
fmt = logging.Formatter("%(name)-12s %(levelname)-8s %(threadName)-6s %(message)s")
root_h = logging.StreamHandler(sys.stdout); root_h.setFormatter(fmt)
logging.getLogger().addHandler(root_h)
logging.getLogger().setLevel(logging.WARNING)
app = logging.getLogger("app")
app.setLevel(logging.DEBUG)
db = logging.getLogger("app.db")
net = logging.getLogger("app.net")
net.propagate = False
net_h = logging.StreamHandler(sys.stdout); net_h.setFormatter(logging.Formatter("NET: %(message)s"))
net.addHandler(net_h)
def worker(lg, n):
    lg.debug("debug %d", n)
    lg.info("info %d", n)
    lg.warning("warn %d", n)
for i, lg in enumerate([app, db, net, logging.getLogger("other")]):
    t = threading.Thread(target=worker, args=(lg, i), name=f"W{i}"); t.start(); t.join()
print(db.getEffectiveLevel(), net.getEffectiveLevel(), logging.getLogger("other").getEffectiveLevel())
print(logging.getLogger("app.db") is db, db.parent is app, logging.getLogger("app.db.x.y").parent is db)
logging.getLogger("app.db.x")
print(logging.getLogger("app.db.x.y").parent.name)
print(sorted(k for k in logging.Logger.manager.loggerDict if k.startswith("app")))
print(type(logging.Logger.manager.loggerDict.get("app.db.x.y")).__name__)
db.disabled = True
db.error("disabled")
print(app.hasHandlers(), net.hasHandlers())
