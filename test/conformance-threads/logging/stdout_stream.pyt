# test logging: stdout stream
import logging, sys
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)-8s|%(message)s")
logging.debug("to stdout")
logging.warning("also stdout")
print("print after")
