# test logging: get logger
import logging
logging.basicConfig(format="%(name)s [%(levelname)s] %(message)s", level=logging.INFO)
log = logging.getLogger("app")
child = logging.getLogger("app.db")
log.info("starting")
child.warning("slow query")
print(child.parent.name, log.parent.name, logging.getLogger("app") is log)
log.setLevel(logging.ERROR)
child.info("filtered")
child.error("shown")
print(log.getEffectiveLevel(), child.getEffectiveLevel(), logging.getLogger().level)
