# test logging: bad level
import logging
try:
    logging.basicConfig(level="LOUD")
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    logging.getLogger("x").setLevel(None)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    logging.basicConfig(bogus=1, force=True)
except ValueError as e:
    print(type(e).__name__ + ":", e)
