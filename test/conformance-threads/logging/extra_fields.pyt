# test logging: extra fields
import logging, sys
logging.basicConfig(stream=sys.stdout, format="%(user)s %(levelname)s %(message)s")
logging.warning("hi", extra={"user": "bob"})
try:
    logging.warning("x", extra={"message": "no"})
except KeyError as e:
    print(type(e).__name__, e)
