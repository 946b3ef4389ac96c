"""multiprocessing for pyt: what does not need processes (cpu_count, current_process, the errors).

pyt runs every Python thread in one process, so what works across processes (Process, Pool, Queue,
Lock, Manager...) raises on use, naming multiprocessing.dummy and multiprocessing.pool.ThreadPool:
the same API on threads, which is what the lessons' "parallelism in one line" uses.
"""

import _pytsupport

__all__ = ['Process', 'current_process', 'active_children', 'parent_process', 'freeze_support',
           'cpu_count', 'ProcessError', 'BufferTooShort', 'TimeoutError', 'AuthenticationError',
           'get_start_method', 'set_start_method', 'get_all_start_methods', 'get_context',
           'Pool', 'Queue', 'SimpleQueue', 'JoinableQueue', 'Lock', 'RLock', 'Semaphore',
           'BoundedSemaphore', 'Condition', 'Event', 'Barrier', 'Manager', 'Pipe', 'Value', 'Array',
           'RawValue', 'RawArray']


class ProcessError(Exception):
    __module__ = 'multiprocessing.context'


class BufferTooShort(ProcessError):
    __module__ = 'multiprocessing.context'


class TimeoutError(ProcessError):
    __module__ = 'multiprocessing.context'


class AuthenticationError(ProcessError):
    __module__ = 'multiprocessing.context'


def _no_processes(name, instead):
    return NotImplementedError(
        f"{name} works across processes, which pyt does not have (its threads share one process): "
        f"{instead} gives the same API on threads")


class Process:
    # a class, as CPython's, so that `class Worker(multiprocessing.Process)` still defines; making one fails
    def __new__(cls, *args, **kwargs):
        raise _no_processes('multiprocessing.Process', 'multiprocessing.dummy.Process')


def _process_only(name, instead=None):
    def f(*args, **kwargs):
        raise _no_processes('multiprocessing.' + name, instead or 'multiprocessing.dummy.' + name)
    f.__name__ = f.__qualname__ = name
    return f


Pool = _process_only('Pool')
Queue = _process_only('Queue')
JoinableQueue = _process_only('JoinableQueue')
Lock = _process_only('Lock')
RLock = _process_only('RLock')
Semaphore = _process_only('Semaphore')
BoundedSemaphore = _process_only('BoundedSemaphore')
Condition = _process_only('Condition')
Event = _process_only('Event')
Barrier = _process_only('Barrier')
Manager = _process_only('Manager')
Pipe = _process_only('Pipe')
Value = _process_only('Value')
Array = _process_only('Array')
SimpleQueue = _process_only('SimpleQueue', 'multiprocessing.dummy')
RawValue = _process_only('RawValue', 'multiprocessing.dummy')
RawArray = _process_only('RawArray', 'multiprocessing.dummy')
get_context = _process_only('get_context', 'multiprocessing.dummy')


class _MainProcess:
    __module__ = 'multiprocessing.process'

    def __init__(self):
        self.name = 'MainProcess'
        self.daemon = False
        self.exitcode = None

    @property
    def pid(self):
        return _pytsupport.getpid()

    ident = pid

    def is_alive(self):
        return True

    def __repr__(self):
        return "<_MainProcess name='MainProcess' parent=None started>"


_current_process = _MainProcess()


def current_process():
    return _current_process


def parent_process():
    return None


def active_children():
    return []


def freeze_support():
    pass


def cpu_count():
    return _pytsupport.cpu_count()


_start_method = None


def get_start_method(allow_none=False):
    if _start_method is None and not allow_none:
        return 'fork'
    return _start_method


def set_start_method(method, force=False):
    global _start_method
    if _start_method is not None and not force:
        raise RuntimeError('context has already been set')
    if method not in get_all_start_methods():
        raise ValueError('cannot find context for %r' % method)
    _start_method = method


def get_all_start_methods():
    return ['fork', 'spawn', 'forkserver']
