"""multiprocessing.pool: ThreadPool, a compact CPython 3.11 ThreadPool on threading and a SimpleQueue.

CPython's pool feeds its workers from a task-handler thread and hands their results to a result-handler
thread, which runs the callbacks. Here the caller puts the tasks straight on the workers' queue (imap
reads its whole input at the call) and a worker sets the result itself, under the pool's lock, so the
callbacks still run one at a time and before get() returns. The three handler threads' names are still
taken, so threads made later get CPython's numbers.
"""

__all__ = ['Pool', 'ThreadPool']

import threading
from _queue import SimpleQueue as _SimpleQueue, Empty as _Empty
from multiprocessing import TimeoutError, _no_processes
import _pytsupport

RUN = "RUN"
CLOSE = "CLOSE"
TERMINATE = "TERMINATE"

# (no itertools or collections: a worker thread compiles this module, and the ones it imports, to decode its pool)
_job_counter = [0]


def _next_job():
    with _job_lock:
        _job_counter[0] += 1
        return _job_counter[0] - 1


_job_lock = threading.Lock()


def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    func = args[0]
    return [func(*a) for a in args[1]]


def _helper_reraises_exception(ex):
    raise ex


def worker(pool, initializer=None, initargs=()):
    if initializer is not None:
        initializer(*initargs)
    inqueue = pool._inqueue
    while True:
        task = inqueue.get()
        if task is None:
            break
        job, i, func, args, kwds = task
        if pool._state == TERMINATE:
            # taken while terminate() empties the queue: dropped with the rest (CPython's empties it at once)
            continue
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            result = (False, e)
        # a result that comes after terminate() is dropped, as CPython's result handler has stopped
        with pool._result_lock:
            if pool._state != TERMINATE:
                job._set(i, result)
        task = job = result = func = args = kwds = None


class Pool(object):
    # the process pool itself: only its thread subclass can be made
    def __new__(cls, *args, **kwargs):
        if not issubclass(cls, ThreadPool):
            raise _no_processes('multiprocessing.pool.Pool', 'multiprocessing.pool.ThreadPool')
        return object.__new__(cls)

    def __init__(self, processes=None, initializer=None, initargs=()):
        if processes is None:
            processes = _pytsupport.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._state = RUN
        self._lock = threading.Lock()
        # held while a result is set and its callback runs (a callback may submit more work)
        self._result_lock = threading.Lock()
        self._inqueue = _SimpleQueue()
        self._processes = processes
        self._pool = []
        from multiprocessing.dummy import DummyProcess
        for i in range(processes):
            w = DummyProcess(target=worker, args=(self, initializer, initargs))
            w.daemon = True
            w.start()
            self._pool.append(w)
        # CPython's _handle_workers, _handle_tasks and _handle_results threads
        for i in range(3):
            threading._newname("Thread-%d")

    def __repr__(self):
        cls = self.__class__
        return (f'<{cls.__module__}.{cls.__qualname__} '
                f'state={self._state} '
                f'pool_size={len(self._pool)}>')

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def _put(self, tasks):
        with self._lock:
            for task in tasks:
                self._inqueue.put(task)

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize, callback, error_callback)

    def _tasks(self, job, func, iterable):
        # CPython's _guarded_task_generation: input that fails to iterate fails the next result
        tasks = []
        try:
            for x in iterable:
                tasks.append((job, len(tasks), func, (x,), {}))
        except Exception as e:
            tasks.append((job, len(tasks), _helper_reraises_exception, (e,), {}))
        return tasks

    def imap(self, func, iterable, chunksize=1):
        return self._imap(IMapIterator, func, iterable, chunksize, "Chunksize must be 1+, not {0:n}")

    def imap_unordered(self, func, iterable, chunksize=1):
        # (CPython words the two methods' errors differently)
        return self._imap(IMapUnorderedIterator, func, iterable, chunksize, "Chunksize must be 1+, not {0!r}")

    def _imap(self, iterator, func, iterable, chunksize, message):
        self._check_running()
        if chunksize != 1 and chunksize < 1:
            raise ValueError(message.format(chunksize))
        result = iterator(self)
        if chunksize == 1:
            tasks = self._tasks(result, func, iterable)
        else:
            tasks = self._tasks(result, mapstar, Pool._get_tasks(func, iterable, chunksize))
        self._put(tasks)
        result._set_length(len(tasks))
        if chunksize == 1:
            return result
        return (item for chunk in result for item in chunk)

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._put([(result, 0, func, args, kwds)])
        return result

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, mapstar, chunksize, callback, error_callback)

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        result = MapResult(self, chunksize, len(iterable), callback, error_callback=error_callback)
        tasks = self._tasks(result, mapper, Pool._get_tasks(func, iterable, chunksize))
        self._put(tasks)
        return result

    @staticmethod
    def _get_tasks(func, it, size):
        it = iter(it)
        while size > 0:
            x = []
            for item in it:
                x.append(item)
                if len(x) >= size:
                    break
            if not x:
                return
            yield (func, tuple(x))

    def __reduce__(self):
        raise NotImplementedError(
              'pool objects cannot be passed between processes or pickled'
              )

    def close(self):
        with self._lock:
            if self._state == RUN:
                self._state = CLOSE
                # behind the tasks: each worker ends once the queue has no work left
                for w in self._pool:
                    self._inqueue.put(None)

    def terminate(self):
        with self._lock:
            self._state = TERMINATE
            while True:
                try:
                    self._inqueue.get(block=False)
                except _Empty:
                    break
            for w in self._pool:
                self._inqueue.put(None)

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        for p in self._pool:
            p.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


class ApplyResult(object):

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = _next_job()
        self._callback = callback
        self._error_callback = error_callback

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        else:
            raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        self._pool = None


AsyncResult = ApplyResult


class MapResult(ApplyResult):

    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback=error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                self._event.set()
                self._pool = None
        else:
            if not success and self._success:
                # only store first exception
                self._success = False
                self._value = result
            if self._number_left == 0:
                # only consider the result ready once all jobs are done
                if self._error_callback:
                    self._error_callback(self._value)
                self._event.set()
                self._pool = None


class IMapIterator(object):

    def __init__(self, pool):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._job = _next_job()
        self._items = []
        self._index = 0
        self._length = None
        self._unsorted = {}

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            try:
                item = self._items.pop(0)
            except IndexError:
                if self._index == self._length:
                    self._pool = None
                    raise StopIteration from None
                self._cond.wait(timeout)
                try:
                    item = self._items.pop(0)
                except IndexError:
                    if self._index == self._length:
                        self._pool = None
                        raise StopIteration from None
                    raise TimeoutError from None

        success, value = item
        if success:
            return value
        raise value

    __next__ = next

    def _set(self, i, obj):
        with self._cond:
            if self._index == i:
                self._items.append(obj)
                self._index += 1
                while self._index in self._unsorted:
                    obj = self._unsorted.pop(self._index)
                    self._items.append(obj)
                    self._index += 1
                self._cond.notify()
            else:
                self._unsorted[i] = obj

            if self._index == self._length:
                self._pool = None

    def _set_length(self, length):
        with self._cond:
            self._length = length
            if self._index == self._length:
                self._cond.notify()
                self._pool = None


class IMapUnorderedIterator(IMapIterator):

    def _set(self, i, obj):
        with self._cond:
            self._items.append(obj)
            self._index += 1
            self._cond.notify()
            if self._index == self._length:
                self._pool = None


class ThreadPool(Pool):

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)
