# test logging: last resort
import logging
log = logging.getLogger("lonely")
log.info("not shown")
log.warning("warning via last resort")
log.error("error via last resort")
