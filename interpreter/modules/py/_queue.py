"""C implementation of the Python queue module (CPython's _queue: Empty and SimpleQueue)."""

# Apart from queue, as CPython's: a pool thread of ThreadPoolExecutor, whose work queue is a
# SimpleQueue, compiles this small module, not all of queue (concurrent.futures.thread).
import threading
from time import monotonic as time
from _pytsupport import simple_put as _simple_put, simple_get as _simple_get

_MISS = object()  # what the native put/get return when they leave the work to the Python code


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'


def _take_head(q):
    # Queue's and SimpleQueue's storage: a list read from a head index (popping from the front would
    # move every item), compacted once the dead prefix is half of it (its items are dropped then, not
    # one by one: a store less per get); modules/queue-native.ts takeHead does the same steps.
    items = q._items
    head = q._head
    item = items[head]
    head += 1
    if head >= 64 and head * 2 >= len(items):
        del items[:head]
        head = 0
    q._head = head
    return item


class SimpleQueue:
    __class_getitem__ = classmethod(type(list[int]))  # types.GenericAlias, as CPython's
    '''Simple, unbounded, reentrant FIFO queue.'''

    # queue.Queue[int] in annotations, as CPython's classmethod(types.GenericAlias)
    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self):
        self._items = []
        self._head = 0
        self._cond = threading.Condition(threading.Lock())

    def put(self, item, block=True, timeout=None):
        if _simple_put(self, item):
            return
        with self._cond:
            self._items.append(item)
            self._cond.notify()

    def get(self, block=True, timeout=None):
        if timeout is not None and block:
            if timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
        if block and timeout is None:
            item = _simple_get(self, _MISS)
            if item is not _MISS:
                return item
        with self._cond:
            if len(self._items) == self._head:
                if not block:
                    raise Empty
                if timeout is None:
                    while len(self._items) == self._head:
                        self._cond.wait()
                else:
                    endtime = time() + timeout
                    while len(self._items) == self._head:
                        remaining = endtime - time()
                        if remaining <= 0.0:
                            raise Empty
                        self._cond.wait(remaining)
            return _take_head(self)

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        with self._cond:
            return len(self._items) == self._head

    def qsize(self):
        with self._cond:
            return len(self._items) - self._head
