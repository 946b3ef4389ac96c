'''A multi-producer, multi-consumer queue.'''

import threading
import _pytsupport
from time import monotonic as time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


_MISS = object()  # what the native put/get return when they leave the work to the Python code
# one global read per call instead of a global and an attribute (modules/queue-native.ts)
from _pytsupport import queue_put as _queue_put, queue_get as _queue_get
from _queue import Empty, SimpleQueue, _take_head


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


class Queue:
    '''Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    '''

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        # Native when blocking without a timeout on queue.py's own storage (modules/queue-native.ts).
        if block and timeout is None and _queue_put(self, item):
            return
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                elif timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                else:
                    endtime = time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = endtime - time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        if block and timeout is None:
            item = _queue_get(self, _MISS)
            if item is not _MISS:
                return item
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                endtime = time() + timeout
                while not self._qsize():
                    remaining = endtime - time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # FIFO storage: a list and the index of its head (no deque yet); compacted as the head advances.
    def _init(self, maxsize):
        self._items = []
        self._head = 0

    def _qsize(self):
        return len(self._items) - self._head

    def _put(self, item):
        self._items.append(item)

    def _get(self):
        return _take_head(self)

    @property
    def queue(self):
        return _QueueView(self._items[self._head:])


class _QueueView(list):
    def __repr__(self):
        return 'deque(%s)' % list.__repr__(self)


class PriorityQueue(Queue):
    '''Variant of Queue that retrieves open entries in priority order (lowest first).'''

    def _init(self, maxsize):
        self._heap = []

    def _qsize(self):
        return len(self._heap)

    def _put(self, item):
        _heappush(self._heap, item)

    def _get(self):
        return _heappop(self._heap)

    @property
    def queue(self):
        return self._heap


class LifoQueue(Queue):
    '''Variant of Queue that retrieves most recently added entries first.'''

    def _init(self, maxsize):
        self._stack = []

    def _qsize(self):
        return len(self._stack)

    def _put(self, item):
        self._stack.append(item)

    def _get(self):
        return self._stack.pop()

    @property
    def queue(self):
        return self._stack


def _heappush(heap, item):
    heap.append(item)
    pos = len(heap) - 1
    while pos > 0:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if item < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = item


def _heappop(heap):
    lastelt = heap.pop()
    if not heap:
        return lastelt
    returnitem = heap[0]
    n = len(heap)
    pos = 0
    child = 1
    while child < n:
        right = child + 1
        if right < n and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = lastelt
    while pos > 0:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if lastelt < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = lastelt
    return returnitem
