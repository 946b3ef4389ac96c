# test from . import x in a program: ImportError, no known parent package (caught, then uncaught)
try:
    from . import x
except ImportError as e:
    print(repr(e), e.name, e.path)
from .utils import y
