# test logging: dict args
import logging, sys
logging.basicConfig(stream=sys.stdout, format="%(message)s")
logging.warning("%(user)s logged in from %(ip)s", {"user": "ann", "ip": "10.0.0.1"})
logging.warning("plain %% sign")
logging.warning("no args %s")
