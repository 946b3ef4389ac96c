# test logging: handler levels
import logging, sys
log = logging.getLogger("svc")
log.setLevel(logging.DEBUG)
h = logging.StreamHandler(sys.stdout)
h.setLevel(logging.WARNING)
h.setFormatter(logging.Formatter("%(name)s:%(levelname)s:%(message)s"))
log.addHandler(h)
log.debug("no")
log.warning("yes")
log.propagate = False
log.error("only once")
print(log.hasHandlers(), len(log.handlers))
