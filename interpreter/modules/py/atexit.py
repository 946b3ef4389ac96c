"""atexit for pyt: CPython 3.11's C module in Python. The callbacks run when the program ends (normally, by
sys.exit or after an uncaught exception), once threading's shutdown has joined the non-daemon threads:
interpreter/index.ts calls _run_exitfuncs then. As CPython's, a callback unregistered leaves its slot
counted by _ncallbacks() until _clear() or a run; an exception in a callback is printed, not raised.
Written in Python so that its list lives in the shared heap: a thread's register() is seen at exit."""

# (func, args, kwargs) per registration, None where unregister() removed one (CPython's NULL slots)
_callbacks = []


def register(*args, **kwargs):
    """register(func, *args, **kwargs) -> func

Register a function to be executed upon normal program termination

    func - function to be called at exit
    args - optional arguments to pass to func
    kwargs - optional keyword arguments to pass to func

    func is returned to facilitate usage as a decorator."""
    if not args:
        raise TypeError('register() takes at least 1 argument (0 given)')
    func = args[0]
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _callbacks.append((func, args[1:], kwargs))
    return func


def unregister(*args, **kwargs):
    """unregister(func) -> None

Unregister an exit function which was previously registered using
atexit.register

    func - function to be unregistered"""
    if kwargs:
        raise TypeError('atexit.unregister() takes no keyword arguments')
    if len(args) != 1:
        raise TypeError('atexit.unregister() takes exactly one argument (%d given)' % len(args))
    func = args[0]
    for i in range(len(_callbacks)):
        cb = _callbacks[i]
        if cb is not None and cb[0] == func:
            _callbacks[i] = None


def _run_exitfuncs(*args, **kwargs):
    """_run_exitfuncs() -> None

Run all registered exit functions.

If a callback raises an exception, it is logged with sys.unraisablehook."""
    if kwargs:
        raise TypeError('atexit._run_exitfuncs() takes no keyword arguments')
    if args:
        raise TypeError('atexit._run_exitfuncs() takes no arguments (%d given)' % len(args))
    import _pytsupport
    # last registered first; those registered meanwhile are not run (CPython counts down from the end)
    i = len(_callbacks) - 1
    while i >= 0:
        cb = _callbacks[i] if i < len(_callbacks) else None
        i -= 1
        if cb is None:
            continue
        func, fargs, fkwargs = cb
        try:
            func(*fargs, **fkwargs)
        except BaseException as e:
            _pytsupport.write_err(_unraisable(func, e, _pytsupport.tb_entries(e.__traceback__)))
    _callbacks.clear()


def _unraisable(func, e, tb):
    # CPython's default sys.unraisablehook: no chained exceptions; the last line always has its ': ' and
    # names the type by module unless builtins or __main__
    text = 'Exception ignored in atexit callback: %r\n' % (func,)
    if tb:
        text += 'Traceback (most recent call last):\n' + ''.join([entry[0] for entry in tb])
    t = type(e)
    name = t.__qualname__
    if t.__module__ not in ('builtins', '__main__'):
        name = t.__module__ + '.' + name
    try:
        msg = str(e)
    except BaseException:
        msg = '<exception str() failed>'
    return text + name + ': ' + msg + '\n'


def _clear(*args, **kwargs):
    """_clear() -> None

Clear the list of previously registered exit functions."""
    if kwargs:
        raise TypeError('atexit._clear() takes no keyword arguments')
    if args:
        raise TypeError('atexit._clear() takes no arguments (%d given)' % len(args))
    _callbacks.clear()


def _ncallbacks(*args, **kwargs):
    if kwargs:
        raise TypeError('atexit._ncallbacks() takes no keyword arguments')
    if args:
        raise TypeError('atexit._ncallbacks() takes no arguments (%d given)' % len(args))
    return len(_callbacks)

