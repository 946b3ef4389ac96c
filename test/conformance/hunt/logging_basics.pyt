# test hunt: logging basicConfig format, levels, exception(), handlers and formatters
import logging
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app")
log.debug("debug %s", 1)
log.info("info %d items", 3)
log.warning("warn")
sub = logging.getLogger("app.sub")
sub.error("error in %s", "sub")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed")
logging.getLogger().setLevel(logging.ERROR)
log.setLevel(logging.WARNING)
log.info("hidden")
log.critical("crit")
print(logging.getLevelName(logging.INFO), logging.getLevelName(35), log.getEffectiveLevel(), sub.parent.name, log.isEnabledFor(10))
h = logging.StreamHandler()
import sys
h.stream = sys.stdout
h.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s - %(message)s"))
other = logging.getLogger("other")
other.addHandler(h)
other.propagate = False
other.warning("to stdout %r", {"a": 1})
logging.warning("root warn")
