// The threading module's Python source (CPython's threading.py, the subset lessons use), apart from
// its module factory (threading.ts): pool workers compile it ahead of their first thread
// (shared/prewarm.ts) without registering the module, and the build pre-parses it (tools/bundle.mjs).
export const THREADING_FILE = "<frozen threading>";

export const THREADING_SOURCE = `\
"""Thread module emulating a subset of Java's threading model."""

import _thread
import _pytsupport

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread',
           'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError', 'get_native_id',
           'local', 'excepthook', 'ExceptHookArgs', 'stack_size', 'setprofile', 'settrace', 'gettrace',
           'getprofile']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
stack_size = _thread.stack_size
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
Lock = _allocate_lock

_active = {}


def _newname(name_template="Thread-%d"):
    return name_template % _thread._next_number()


class Thread:
    """A class that represents a thread of control."""

    _initialized = False
    # a ThreadPoolExecutor worker: started as a daemon, but joined at exit by concurrent.futures'
    # _register_atexit call, as CPython's non-daemon workers are; it shows (and passes on) daemon False
    _pool_worker = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    target_name = target.__name__
                    name += f" ({target_name})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = False
        self._is_stopped = False
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started:
            status = "started"
        self.is_alive()
        if self._is_stopped:
            status = "stopped"
        if self._daemonic and not self._pool_worker:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        # _started is set by the new thread itself (as CPython's Event): a join() from a third thread
        # while this start() is under way says "cannot join thread before it is started", never
        # returns at once on an ident not known yet
        self._reclimit = _pytsupport.recursion_limit()
        self._ident = _thread._start(self._bootstrap, self._name, self._daemonic)

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        _pytsupport.recursion_limit(self._reclimit)
        ident = get_ident()
        self._ident = ident
        self._native_id = get_native_id()
        _active[ident] = self
        # loads the target's code in this worker before start() returns (gone after a t.run() by mistake:
        # run() then fails in the thread, as in CPython)
        target = getattr(self, "_target", None)
        self._started = True
        _thread._started()
        try:
            self.run()
        except BaseException as exc:
            _invoke_excepthook(self, exc)
        finally:
            _active.pop(ident, None)

    def __deepcopy__(self, memo):
        # CPython's Thread holds locks (its _tstate_lock, its _started Event's), which deepcopy cannot
        # copy; pyt's holds none, so it says so itself (copy.copy still works, as CPython's)
        raise TypeError("cannot pickle '_thread.lock' object")

    def _stop(self):
        # as CPython, called by whoever first sees the thread ended (join, is_alive, repr), never by the
        # thread itself: a subclass that sets self._stop = threading.Event() gets CPython's
        # "TypeError: 'Event' object is not callable" from join()
        self._is_stopped = True

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            _thread._join(self._ident, -1)
        else:
            _thread._join(self._ident, max(timeout, 0))
        if not self._is_stopped and not _thread._is_alive(self._ident):
            self._stop()

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started:
            return False
        if self._ident is None or not _thread._is_alive(self._ident):
            self._stop()
            return False
        return True

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return False if self._pool_worker else self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        _pytsupport.deprecated('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        _pytsupport.deprecated('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        _pytsupport.deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        _pytsupport.deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._ident = get_ident()
        self._native_id = get_native_id()
        # held until its code is done (_run_atexits), as CPython's _tstate_lock: another thread's join()
        # returns then, while the program waits for its other threads
        self._tstate_lock = _thread.allocate_lock()
        self._tstate_lock.acquire()
        _thread._main_end_lock(self._tstate_lock)
        _active[self._ident] = self

    def join(self, timeout=None):
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        lock = self._tstate_lock
        if lock.acquire(True, -1 if timeout is None else max(timeout, 0)):
            lock.release()

    def is_alive(self):
        # False once its code is done and the program waits for its other threads (_run_atexits), as
        # CPython's threading._shutdown stops it: 'while main_thread().is_alive():' loops then end
        assert self._initialized, "Thread.__init__() not called"
        return not self._is_stopped


class _DummyThread(Thread):

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started = True
        self._ident = get_ident()
        self._native_id = get_native_id()
        _active[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    _pytsupport.deprecated('currentThread() is deprecated, use current_thread() instead')
    return current_thread()


def active_count():
    return len(_active)


def activeCount():
    _pytsupport.deprecated('activeCount() is deprecated, use active_count() instead')
    return active_count()


def enumerate():
    return list(_active.values())


def main_thread():
    return _main_thread


class Timer(Thread):

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


_CRLock = _thread.RLock


def RLock(*args, **kwargs):
    return _CRLock(*args, **kwargs)


class Condition:
    # wait/notify are native (modules/condition.ts): Queue and Future call them on every item.

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _is_owned(self):
        return _pytsupport.cond_owned(self._lock)

    def wait(self, timeout=None):
        return _pytsupport.cond_wait(self._lock, self._waiters, timeout)

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        _pytsupport.cond_notify(self._lock, self._waiters, n)

    def notify_all(self):
        _pytsupport.cond_notify(self._lock, self._waiters, None)

    def notifyAll(self):
        _pytsupport.deprecated('notifyAll() is deprecated, use notify_all() instead')
        self.notify_all()


def _time():
    import time
    return time.monotonic()


class Semaphore:

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = _pytsupport.sem_acquire(self, blocking, timeout)  # native (modules/semaphore.ts)
        if rc is not None:
            return rc
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        if _pytsupport.sem_release(self, n, None):
            return
        with self._cond:
            self._value += n
            for i in range(n):
                self._cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        if _pytsupport.sem_release(self, n, self._initial_value):
            return
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            for i in range(n):
                self._cond.notify()


class Event:

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def is_set(self):
        return self._flag

    def isSet(self):
        _pytsupport.deprecated('isSet() is deprecated, use is_set() instead')
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


class Barrier:
    """Implements a Barrier (issue 4: CPython 3.11's, on Condition)."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0  # 0 filling, 1 draining, -1 resetting, -2 broken
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 0

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 1

    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2


class BrokenBarrierError(RuntimeError):
    pass


def _local_dict(self):
    dicts, args, kw = object.__getattribute__(self, "_local__impl")
    key = current_thread()
    d = dicts.get(key)
    if d is None:
        d = {}
        dicts[key] = d
        init = type(self).__init__
        if init is not object.__init__:
            init(self, *args, **kw)
    return d


def _local_type_name(self):
    cls = type(self)
    return "_thread._local" if cls is local else cls.__name__


class local:
    """Thread-local data (issue 4): one attribute dict per thread."""
    # CPython's is the C type _thread._local: that name shows in its repr and in subclasses' __mro__
    __module__ = "_thread"
    __qualname__ = "_local"

    def __new__(cls, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, "_local__impl", ({current_thread(): {}}, args, kw))
        return self

    def __getattribute__(self, name):
        d = _local_dict(self)
        if name == "__dict__":
            return d
        if name in d:
            return d[name]
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            pass
        raise AttributeError(f"'{_local_type_name(self)}' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError(f"'{_local_type_name(self)}' object attribute '__dict__' is read-only")
        _local_dict(self)[name] = value

    def __delattr__(self, name):
        d = _local_dict(self)
        if name not in d:
            # (an attribute this thread never set: CPython's generic delattr says so in its words)
            raise AttributeError(f"'{_local_type_name(self)}' object has no attribute '{name}'")
        del d[name]


local.__name__ = "_local"


class _ExceptHookArgs(tuple):
    """threading.excepthook's argument (CPython's _thread._ExceptHookArgs, by that name): a struct
    sequence of 4 fields, so a hook may index or unpack it (exc_type, exc_value, tb, thread = args)."""

    n_fields = 4
    n_sequence_fields = 4
    n_unnamed_fields = 0

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 4:
            raise TypeError(f"_thread._ExceptHookArgs() takes a 4-sequence ({len(seq)}-sequence given)")
        return tuple.__new__(cls, seq)

    @property
    def exc_type(self):
        return self[0]

    @property
    def exc_value(self):
        return self[1]

    @property
    def exc_traceback(self):
        return self[2]

    @property
    def thread(self):
        return self[3]

    def __setattr__(self, name, value):
        if name in ("exc_type", "exc_value", "exc_traceback", "thread"):
            raise AttributeError("readonly attribute")
        raise AttributeError(f"'_thread._ExceptHookArgs' object has no attribute '{name}'")

    def __repr__(self):
        return (f"_thread._ExceptHookArgs(exc_type={self[0]!r}, exc_value={self[1]!r}, "
                f"exc_traceback={self[2]!r}, thread={self[3]!r})")


_ExceptHookArgs.__module__ = "_thread"
ExceptHookArgs = _ExceptHookArgs


def excepthook(args):
    """Handle uncaught Thread.run() exception."""
    if type(args) is not _ExceptHookArgs:
        raise TypeError("_thread.excepthook argument type must be ExceptHookArgs")
    if args.exc_type == SystemExit:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    # as CPython's, to sys.stderr: a program's replacement (redirect_stderr) gets the report; None:
    # nothing (CPython then tries the sys.stderr the Thread was made with, pyt does not keep it)
    import sys
    stderr = sys.stderr
    if stderr is sys.__stderr__:
        _thread._excepthook(name, args.exc_value)
    elif stderr is not None:
        stderr.write(f"Exception in thread {name}:\\n")
        stderr.write(_pytsupport.format_exception(args.exc_value))
        stderr.flush()  # (CPython's _PyErr_Display flushes, then the hook again)
        stderr.flush()


__excepthook__ = excepthook


# pyt calls no trace or profile function (sys.settrace is not supported either): saying so beats ignoring one.
def settrace(func):
    raise NotImplementedError("threading.settrace() is not supported by pyt")


def setprofile(func):
    raise NotImplementedError("threading.setprofile() is not supported by pyt")


def gettrace():
    return None


def getprofile():
    return None


def _invoke_excepthook(thread, exc):
    hook = excepthook
    try:
        hook(_ExceptHookArgs((type(exc), exc, exc.__traceback__, thread)))
    except Exception as e:
        # as CPython's invoke_excepthook: the hook's own exception goes to sys.excepthook (a program's
        # replacement too), after a line on sys.stderr; the thread's is not shown again as its context
        e.__suppress_context__ = True
        import sys
        if sys.stderr is not None:
            print("Exception in threading.excepthook:", file=sys.stderr, flush=True)
        (sys.excepthook or sys.__excepthook__)(type(e), e, e.__traceback__)
    except BaseException as e:
        # (a SystemExit or KeyboardInterrupt from the hook, which CPython lets end the thread's C
        # function, where it is reported as unraisable)
        e.__suppress_context__ = True
        _pytsupport.write_err("Exception in threading.excepthook:\\n" + _pytsupport.format_exception(e))


# CPython's threading._register_atexit: calls made when MainThread's code is done, before the wait
# for non-daemon threads (concurrent.futures lets its workers finish their queues so)
_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append((func, arg, kwargs))


def _run_atexits():
    # (interpreter/index.ts calls it once the __main__ module has run)
    global _SHUTTING_DOWN
    _SHUTTING_DOWN = True
    for func, arg, kwargs in reversed(_threading_atexits):
        func(*arg, **kwargs)
    # (once: a host that runs several programs on one interpreter, as the tests' does, calls it after each)
    if not _main_thread._is_stopped:
        _main_thread._tstate_lock.release()
        _main_thread._stop()


_main_thread = _MainThread()
`;
