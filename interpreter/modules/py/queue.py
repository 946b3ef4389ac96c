'''A multi-producer, multi-consumer queue.'''

import threading
import _pytsupport
from time import monotonic as time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


_MISS = object()  # what the native put/get return when they leave the work to the Python code
_EMPTY = object()  # what the native get returns for "raise Empty"
# one global read per call instead of a global and an attribute (modules/queue-native.ts, queue-shared.ts)
from _pytsupport import queue_put as _queue_put, queue_get as _queue_get
from _pytsupport import queue_size as _queue_size, queue_task_done as _queue_task_done
from _pytsupport import queue_join as _queue_join, queue_legacy as _queue_legacy
from _pytsupport import queue_unfinished as _queue_unfinished, queue_set_unfinished as _queue_set_unfinished
from _queue import Empty, SimpleQueue, _take_head


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


class _QueueView:
    # q.queue: CPython's is the deque itself, which a program may read or change holding q.mutex (e.g.
    # 'with q.mutex: q.queue.clear()'); this is a live view of the list storage from its head, with the
    # deque methods programs use on a queue's, and its type's name (type(q.queue).__name__ is 'deque').
    __qualname__ = 'deque'
    __module__ = 'collections'

    def __init__(self, q):
        self._q = q

    def _items(self):
        q = self._q
        return q._items[q._head:]

    def __len__(self):
        q = self._q
        return len(q._items) - q._head

    def __iter__(self):
        return iter(self._items())

    def __contains__(self, x):
        return x in self._items()

    def __getitem__(self, i):
        items = self._items()
        if not -len(items) <= i < len(items):
            raise IndexError('deque index out of range')
        return items[i]

    def __eq__(self, other):
        # a deque equals deques only (CPython: deque([1]) == [1] is False)
        if isinstance(other, _QueueView):
            return self._items() == other._items()
        return NotImplemented

    def __repr__(self):
        return 'deque(%r)' % (self._items(),)

    def append(self, x):
        self._q._items.append(x)

    def extend(self, xs):
        self._q._items.extend(xs)

    def popleft(self):
        if not len(self):
            raise IndexError('pop from an empty deque')
        return _take_head(self._q)

    def pop(self):
        if not len(self):
            raise IndexError('pop from an empty deque')
        return self._q._items.pop()

    def appendleft(self, x):
        q = self._q
        q._items.insert(q._head, x)

    def remove(self, x):
        q = self._q
        del q._items[q._head + self._items().index(x)]

    def clear(self):
        q = self._q
        del q._items[:]
        q._head = 0


def _locking(name):
    """q.mutex and the three Conditions: reading or setting one puts the queue back on the Python code."""
    def get(self):
        _queue_legacy(self)
        return getattr(self, name)

    def set(self, value):
        _queue_legacy(self)
        setattr(self, name, value)
    return property(get, set)


_QueueView.__name__ = 'deque'


class Queue:
    __class_getitem__ = classmethod(type(list[int]))  # types.GenericAlias, as CPython's
    '''Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    '''

    # queue.Queue[int] in annotations, as CPython's classmethod(types.GenericAlias)
    __class_getitem__ = classmethod(type(list[int]))

    # Once shared between threads, a plain Queue keeps its items and counts in a lock-free ring in the
    # shared heap (_store: modules/queue-shared.ts) and each method below is done by the native call at
    # its top. The Python bodies run while the queue is local, for subclasses with their own storage,
    # and for good once the program touches the queue's locking (mutex, not_empty, not_full,
    # all_tasks_done: properties that first put the queue back on this code, _queue_legacy).
    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self._store = 0
        self._mutex = threading.Lock()
        self._not_empty = threading.Condition(self._mutex)
        self._not_full = threading.Condition(self._mutex)
        self._all_tasks_done = threading.Condition(self._mutex)
        self._unfinished = 0

    def task_done(self):
        r = _queue_task_done(self)
        if r == 1:
            raise ValueError('task_done() called too many times')
        if r == 0:
            return
        with self._all_tasks_done:
            unfinished = self._unfinished - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError('task_done() called too many times')
                self._all_tasks_done.notify_all()
            self._unfinished = unfinished

    def join(self):
        if _queue_join(self) == 0:
            return
        with self._all_tasks_done:
            while self._unfinished:
                self._all_tasks_done.wait()

    def qsize(self):
        n = _queue_size(self)
        if n >= 0:
            return n
        with self._mutex:
            return self._qsize()

    def empty(self):
        n = _queue_size(self)
        if n >= 0:
            return not n
        with self._mutex:
            return not self._qsize()

    def full(self):
        n = _queue_size(self)
        if n >= 0:
            return 0 < self.maxsize <= n
        with self._mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        r = _queue_put(self, item, block, timeout)
        if r == 0:
            return
        if r == 1:
            raise Full
        with self._not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self._not_full.wait()
                elif timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                else:
                    endtime = time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = endtime - time()
                        if remaining <= 0.0:
                            raise Full
                        self._not_full.wait(remaining)
            self._put(item)
            self._unfinished += 1
            self._not_empty.notify()

    def get(self, block=True, timeout=None):
        item = _queue_get(self, block, timeout, _MISS, _EMPTY)
        if item is not _MISS:
            if item is _EMPTY:
                raise Empty
            return item
        with self._not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self._not_empty.wait()
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                endtime = time() + timeout
                while not self._qsize():
                    remaining = endtime - time()
                    if remaining <= 0.0:
                        raise Empty
                    self._not_empty.wait(remaining)
            item = self._get()
            self._not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # FIFO storage of the Python bodies (no deque yet): a list and the index of its head, compacted as
    # the head advances. Called from outside while the queue has its ring (q.queue too: a view of the
    # list), they end the ring first.
    def _init(self, maxsize):
        self._items = []
        self._head = 0

    # A subclass whose _init keeps its items in self.queue instead (a deque, an OrderedDict) and that leaves
    # some of these methods to Queue gets CPython's, which work on self.queue.
    def _qsize(self):
        if self._store > 0:
            _queue_legacy(self)
        try:
            items = self._items
        except AttributeError:
            return len(self.queue)
        return len(items) - self._head

    def _put(self, item):
        if self._store > 0:
            _queue_legacy(self)
        try:
            items = self._items
        except AttributeError:
            self.queue.append(item)
            return
        items.append(item)

    def _get(self):
        if self._store > 0:
            _queue_legacy(self)
        try:
            self._items
        except AttributeError:
            return self.queue.popleft()
        return _take_head(self)

    @property
    def queue(self):
        own = self.__dict__.get('_own_queue')
        if own is not None:
            return own
        if self._store > 0:
            _queue_legacy(self)
        return _QueueView(self)

    @queue.setter
    def queue(self, value):
        # a subclass keeping its items in self.queue, as CPython's LifoQueue and PriorityQueue do
        self._own_queue = value

    mutex = _locking('_mutex')
    not_empty = _locking('_not_empty')
    not_full = _locking('_not_full')
    all_tasks_done = _locking('_all_tasks_done')

    @property
    def unfinished_tasks(self):
        return _queue_unfinished(self)

    @unfinished_tasks.setter
    def unfinished_tasks(self, value):
        _queue_set_unfinished(self, value)


class PriorityQueue(Queue):
    '''Variant of Queue that retrieves open entries in priority order (lowest first).'''

    def _init(self, maxsize):
        # heapq's own functions, as CPython's queue uses; imported with the first PriorityQueue, not with
        # queue (compiling heapq is 3-4 ms that every `import queue` would pay).
        global _heappush, _heappop
        from heapq import heappush as _heappush, heappop as _heappop
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
