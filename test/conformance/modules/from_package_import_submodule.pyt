# test from-import of a package's submodule not imported yet imports it (CPython's _handle_fromlist)
import sys
from concurrent import futures
print(futures.__name__, "concurrent.futures" in sys.modules)
from logging import handlers
import logging
print(handlers is logging.handlers)
from multiprocessing import pool, dummy
print(pool.__name__, dummy.__name__)
try:
    from logging import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
