# test None in sys.modules stops an import (import, from-import, __import__) with CPython's ModuleNotFoundError; any other value is what the import binds
import sys
sys.modules['queue'] = None
try:
    import queue
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from queue import Queue
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    __import__('queue')
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
sys.modules['foo'] = 5
import foo
print(foo)
del sys.modules['queue']
import queue
print(queue.Queue)
