"""Execute computations asynchronously using threads (CPython 3.11's concurrent.futures, threads only)."""

import threading
# SimpleQueue and Empty from _queue, not queue (as CPython's _queue): a program's first Thread.start()
# publishes every module it has loaded, and queue's ~60 functions and classes cost the first start ~5 ms
from _queue import SimpleQueue as _SimpleQueue, Empty as _Empty
import _pytsupport
import concurrent.futures.thread as _thread_module
from concurrent.futures.thread import _worker, _MapJob, _JOB_PENDING, _JOB_FAILED
from time import monotonic as _time

__all__ = ['FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError', 'TimeoutError',
           'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed',
           'ThreadPoolExecutor']

def __getattr__(name):
    # as CPython's, ProcessPoolExecutor comes from concurrent.futures.process (multiprocessing); pyt lacks
    # it, and importing it says so (ModuleNotFoundError, so `except ImportError` fallbacks still work)
    if name == 'ProcessPoolExecutor':
        from concurrent.futures.process import ProcessPoolExecutor
        return ProcessPoolExecutor
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished"
}


class Error(Exception):
    """Base class for all future-related exceptions."""
    __module__ = 'concurrent.futures._base'


class CancelledError(Error):
    """The Future was cancelled."""
    __module__ = 'concurrent.futures._base'


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""
    __module__ = 'concurrent.futures._base'


class BrokenExecutor(RuntimeError):
    """Raised when a executor has become non-functional after a severe failure."""
    __module__ = 'concurrent.futures._base'


class BrokenThreadPool(BrokenExecutor):
    """Raised when a worker thread in a ThreadPoolExecutor failed initializing."""
    __module__ = 'concurrent.futures.thread'


def _callback_failed(future):
    # CPython's LOGGER.exception() on the 'concurrent.futures' logger: stderr through logging's last
    # resort handler, or wherever the program's logging configuration sends it
    import logging
    logging.getLogger("concurrent.futures").error("exception calling callback for %r", future,
                                                  exc_info=_pytsupport.exc_info())


class _Waiter:
    def __init__(self):
        self.event = threading.Event()
        self.finished_futures = []

    def add_result(self, future):
        self.finished_futures.append(future)

    def add_exception(self, future):
        self.finished_futures.append(future)

    def add_cancelled(self, future):
        self.finished_futures.append(future)


class _AsCompletedWaiter(_Waiter):
    def __init__(self):
        super().__init__()
        self.lock = threading.Lock()

    def add_result(self, future):
        with self.lock:
            super().add_result(future)
            self.event.set()

    def add_exception(self, future):
        with self.lock:
            super().add_exception(future)
            self.event.set()

    def add_cancelled(self, future):
        with self.lock:
            super().add_cancelled(future)
            self.event.set()


class _FirstCompletedWaiter(_Waiter):
    def add_result(self, future):
        super().add_result(future)
        self.event.set()

    def add_exception(self, future):
        super().add_exception(future)
        self.event.set()

    def add_cancelled(self, future):
        super().add_cancelled(future)
        self.event.set()


class _AllCompletedWaiter(_Waiter):
    def __init__(self, num_pending_calls, stop_on_exception):
        self.num_pending_calls = num_pending_calls
        self.stop_on_exception = stop_on_exception
        self.lock = threading.Lock()
        super().__init__()

    def _decrement_pending_calls(self):
        with self.lock:
            self.num_pending_calls -= 1
            if not self.num_pending_calls:
                self.event.set()

    def add_result(self, future):
        super().add_result(future)
        self._decrement_pending_calls()

    def add_exception(self, future):
        super().add_exception(future)
        if self.stop_on_exception:
            self.event.set()
        else:
            self._decrement_pending_calls()

    def add_cancelled(self, future):
        super().add_cancelled(future)
        self._decrement_pending_calls()


def _acquire_all(fs):
    for f in fs:
        f._condition.acquire()


def _release_all(fs):
    for f in fs:
        f._condition.release()


def _unique(fs):
    out = []
    for f in fs:
        for g in out:
            if g is f:
                break
        else:
            out.append(f)
    return out


def _create_and_install_waiters(fs, return_when):
    if return_when == _AS_COMPLETED:
        waiter = _AsCompletedWaiter()
    elif return_when == FIRST_COMPLETED:
        waiter = _FirstCompletedWaiter()
    else:
        pending_count = sum(
                f._state not in [CANCELLED_AND_NOTIFIED, FINISHED] for f in fs)
        if return_when == FIRST_EXCEPTION:
            waiter = _AllCompletedWaiter(pending_count, stop_on_exception=True)
        elif return_when == ALL_COMPLETED:
            waiter = _AllCompletedWaiter(pending_count, stop_on_exception=False)
        else:
            raise ValueError("Invalid return condition: %r" % return_when)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


class _AsCompletedIterator:
    def __init__(self, fs, timeout):
        if timeout is not None:
            self.end_time = timeout + _time()
        else:
            self.end_time = None
        fs = _unique(fs)
        self.total = len(fs)
        _acquire_all(fs)
        try:
            self.ready = [f for f in fs if f._state in [CANCELLED_AND_NOTIFIED, FINISHED]]
            self.pending = [f for f in fs if f._state not in [CANCELLED_AND_NOTIFIED, FINISHED]]
            self.waiter = _create_and_install_waiters(fs, _AS_COMPLETED)
        finally:
            _release_all(fs)
        self.fs = fs

    def __iter__(self):
        return self

    def _cleanup(self):
        for f in self.fs:
            with f._condition:
                try:
                    f._waiters.remove(self.waiter)
                except ValueError:
                    pass

    def __next__(self):
        if self.ready:
            return self.ready.pop(0)
        while self.pending:
            if self.end_time is None:
                wait_timeout = None
            else:
                wait_timeout = self.end_time - _time()
                if wait_timeout < 0:
                    self._cleanup()
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(self.pending), self.total))
            self.waiter.event.wait(wait_timeout)
            with self.waiter.lock:
                finished = self.waiter.finished_futures
                self.waiter.finished_futures = []
                self.waiter.event.clear()
            for f in finished:
                for i in range(len(self.pending)):
                    if self.pending[i] is f:
                        del self.pending[i]
                        self.ready.append(f)
                        break
            if self.ready:
                return self.ready.pop(0)
        self._cleanup()
        raise StopIteration


def as_completed(fs, timeout=None):
    """An iterator over the given futures that yields each as it completes."""
    return _AsCompletedIterator(fs, timeout)


class DoneAndNotDoneFutures(tuple):
    # CPython's collections.namedtuple('DoneAndNotDoneFutures', 'done not_done'), without importing
    # collections (~25 ms) into every program that uses a pool
    __slots__ = ()
    _fields = ('done', 'not_done')
    _field_defaults = {}
    __match_args__ = ('done', 'not_done')

    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != 2:
            raise TypeError(f'Expected 2 arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, self._fields, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    def _asdict(self):
        return {'done': self[0], 'not_done': self[1]}

    def __getnewargs__(self):
        return tuple(self)

    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]

    def __repr__(self):
        return 'DoneAndNotDoneFutures(done=%r, not_done=%r)' % (self[0], self[1])


def _set(fs):
    return set(fs)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in the given sequence to complete."""
    fs = _unique(fs)
    _acquire_all(fs)
    try:
        done = [f for f in fs if f._state in [CANCELLED_AND_NOTIFIED, FINISHED]]
        not_done = [f for f in fs if f._state not in [CANCELLED_AND_NOTIFIED, FINISHED]]
        if (return_when == FIRST_COMPLETED) and done:
            return DoneAndNotDoneFutures(_set(done), _set(not_done))
        elif (return_when == FIRST_EXCEPTION) and done:
            if any(f for f in done
                   if not f.cancelled() and f._exc is not None):
                return DoneAndNotDoneFutures(_set(done), _set(not_done))
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(_set(done), _set(not_done))
        waiter = _create_and_install_waiters(fs, return_when)
    finally:
        _release_all(fs)
    waiter.event.wait(timeout)
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)
    for f in waiter.finished_futures:
        if not any(g is f for g in done):
            done.append(f)
    not_done = [f for f in fs if not any(g is f for g in done)]
    return DoneAndNotDoneFutures(_set(done), _set(not_done))


class Future:
    """Represents the result of an asynchronous computation."""
    __class_getitem__ = classmethod(type(list[int]))  # types.GenericAlias, as CPython's
    __module__ = 'concurrent.futures._base'

    # queue.Queue[int] in annotations, as CPython's classmethod(types.GenericAlias)
    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exc = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                _callback_failed(self)

    def __repr__(self):
        with self._condition:
            if self._state == FINISHED:
                if self._exc is not None:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION_MAP[self._state],
                        self._exc.__class__.__name__)
                else:
                    return '<%s at %#x state=%s returned %s>' % (
                        self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION_MAP[self._state],
                        self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (
                    self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION_MAP[self._state])

    def cancel(self):
        with self._condition:
            if self._state in [RUNNING, FINISHED]:
                return False
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]

    def running(self):
        return self._state == RUNNING

    def done(self):
        return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

    def _get_result(self):
        if self._exc is not None:
            raise self._exc
        return self._result

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            _callback_failed(self)

    def result(self, timeout=None):
        with self._condition:
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == FINISHED:
                return self._get_result()
            self._condition.wait(timeout)
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == FINISHED:
                return self._get_result()
            else:
                raise TimeoutError()

    def exception(self, timeout=None):
        with self._condition:
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exc
            self._condition.wait(timeout)
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exc
            else:
                raise TimeoutError()

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            elif self._state == PENDING:
                self._state = RUNNING
                return True
            else:
                raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        with self._condition:
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exc = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()


class Executor:
    """This is an abstract base class for concrete asynchronous executors."""
    __module__ = 'concurrent.futures._base'

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if timeout is not None:
            end_time = timeout + _time()
        else:
            end_time = None
        fs = [self.submit(fn, *args) for args in zip(*iterables)]
        return _MapIterator(fs, end_time)

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class _MapIterator:
    def __init__(self, fs, end_time):
        fs.reverse()
        self.fs = fs
        self.end_time = end_time

    def __iter__(self):
        return self

    def __next__(self):
        fs = self.fs
        if not fs:
            raise StopIteration
        f = fs.pop()
        try:
            if self.end_time is None:
                return f.result()
            return f.result(self.end_time - _time())
        except BaseException:
            f.cancel()  # CPython 3.11's _result_or_cancel
            for future in fs:
                future.cancel()
            fs.clear()
            raise


_executor_counter = 0
_counter_lock = threading.Lock()

# The pool threads and their work queues (CPython's _threads_queues): at the end of the program each
# queue gets its None and each thread is joined, so work submitted without shutdown() still runs, as
# in CPython (pyt's pool threads are daemons, which the runtime would not wait for)
_threads_queues = {}
_executors_with_threads = []
_global_shutdown = False


def _python_exit():
    global _global_shutdown
    _global_shutdown = True
    items = list(_threads_queues.items())
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()
    # CPython's pool threads, taking that None at shutdown, mark their executor shut down, so a later
    # submit (an atexit callback's) says 'after shutdown'; pyt's pool threads do not know their executor
    for executor in _executors_with_threads:
        executor._shutdown = True


threading._register_atexit(_python_exit)


def _next_counter():
    global _executor_counter
    with _counter_lock:
        n = _executor_counter
        _executor_counter = n + 1
    return n


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


_JOB_MISS = object()     # a timed-out wait


class _MapJobIterator:
    def __init__(self, job, n, end_time):
        self.job = job
        self.i = 0
        self.n = n
        self.end_time = end_time

    def __iter__(self):
        return self

    def __next__(self):
        try:
            r = _pytsupport.job_next(self, _JOB_MISS)  # a value, without timeout: in one native call
        except BaseException:  # KeyboardInterrupt while waiting
            self.job.cancel(self.i)
            self.i = self.n
            raise
        if r is not _JOB_MISS:
            return r
        i = self.i
        if i >= self.n:
            raise StopIteration
        self.i = i + 1
        job = self.job
        try:
            if self.end_time is None:
                r = _pytsupport.job_result(job, i, None, _JOB_MISS)
            else:
                r = _pytsupport.job_result(job, i, self.end_time - _time(), _JOB_MISS)
            if r is _JOB_FAILED:
                raise job.excs[i]
            if r is _JOB_PENDING:
                if job.broken is not None:
                    raise BrokenThreadPool(job.broken)
                raise CancelledError()
            if r is _JOB_MISS:
                raise TimeoutError()
            return r
        except BaseException:
            # CPython's result_iterator: this result's future and the rest are cancelled
            job.cancel(i)
            self.i = self.n
            raise



def _map_repr(self):
    return '<generator object Executor.map.<locals>.result_iterator at %#x>' % id(self)


# CPython's map returns a generator (Executor.map's result_iterator): these iterators are named and
# shown as one ("'generator' object is not subscriptable", "<class 'generator'>")
for _cls in (_MapIterator, _MapJobIterator):
    _cls.__name__ = _cls.__qualname__ = 'generator'
    _cls.__module__ = 'builtins'
    _cls.__repr__ = _map_repr
del _cls

class ThreadPoolExecutor(Executor):
    __module__ = 'concurrent.futures.thread'

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, _pytsupport.cpu_count() + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = _SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = []
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or ("ThreadPoolExecutor-%d" % _next_counter()))
        self._initializer = initializer
        self._initargs = initargs
        self._jobs = []

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _global_shutdown:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = Future()
            w = _WorkItem(f, fn, args, kwargs)
            self._work_queue.put(w)
            self._adjust_thread_count()
            return f

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if type(self).submit is not ThreadPoolExecutor.submit or not iterables:
            return super().map(fn, *iterables, timeout=timeout, chunksize=chunksize)
        if timeout is not None:
            end_time = timeout + _time()
        else:
            end_time = None
        star = len(iterables) > 1
        if not star and type(iterables[0]) in (list, tuple, range):
            items = list(iterables[0])  # iterating these cannot fail half-way
        else:
            items = []
            try:
                if star:
                    for args in zip(*iterables):
                        items.append(args)
                else:
                    for x in iterables[0]:
                        items.append(x)
            except BaseException:
                if items:  # as submit() had been called for these
                    self._submit_job(fn, items, star)
                raise
        if not items:
            return _MapJobIterator(None, 0, end_time)
        job = self._submit_job(fn, items, star)
        if job is None:
            if not star:
                items = [(x,) for x in items]
            fs = [self.submit(fn, *args) for args in items]
            return _MapIterator(fs, end_time)
        return _MapJobIterator(job, len(items), end_time)

    def _submit_job(self, fn, items, star):
        rec = _pytsupport.job_new(len(items))
        if rec is None:
            return None
        job = _MapJob(fn, items, star, rec)
        with self._shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            self._jobs = [j for j in self._jobs if not _pytsupport.job_exhausted(j)]
            self._jobs.append(job)
            tokens = min(len(items), self._max_workers)
            for _ in range(tokens):
                self._work_queue.put(job)
            for _ in range(tokens):
                self._adjust_thread_count()
        return job

    def _adjust_thread_count(self):
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix or self, num_threads)
            # a daemon, which _python_exit joins at exit (the runtime would wait for an idle non-daemon)
            # The executor only for a failing initializer: a pool thread that has no use for it
            # does not load this module's classes (concurrent.futures.thread)
            executor = self if self._initializer is not None else None
            t = threading.Thread(name=thread_name, target=_worker,
                                 args=(executor, self._work_queue, self._initializer, self._initargs,
                                       self._idle_semaphore),
                                 daemon=True)
            t._pool_worker = True
            t.start()
            if not self._threads:
                _executors_with_threads.append(self)
            self._threads.append(t)
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except _Empty:
                    break
                if work_item is not None and work_item.__class__ is not _MapJob:
                    work_item.future.set_exception(BrokenThreadPool(self._broken))
            for job in self._jobs:
                job.cancel(0, self._broken)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except _Empty:
                        break
                    if work_item is not None and work_item.__class__ is not _MapJob:
                        work_item.future.cancel()
                for job in self._jobs:
                    job.cancel(0)
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()
                _threads_queues.pop(t, None)


_thread_module.ThreadPoolExecutor = ThreadPoolExecutor
_thread_module.BrokenThreadPool = BrokenThreadPool
