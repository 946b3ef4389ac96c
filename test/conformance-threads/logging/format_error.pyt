# test logging: format error
import logging
logging.basicConfig(format="%(message)s")
logging.warning("two %s %s", "only one")
print("continues")
