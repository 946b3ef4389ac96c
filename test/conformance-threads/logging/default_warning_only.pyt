# test logging: default warning only
import logging
logging.debug("hidden")
logging.info("hidden too")
logging.warning("shown %d", 1)
logging.error("shown %s", "two")
