"""copy: shallow and deep copies (copy, deepcopy, Error) with CPython 3.11's results for the values
lessons copy: the builtin containers, instances of classes (their __dict__ and __slots__), subclasses
of list/dict/set/tuple (namedtuple), int/float/str subclasses, exceptions, and __copy__/__deepcopy__,
__getstate__/__setstate__ when a class defines them. (CPython goes through __reduce_ex__; the steps
here are what copyreg's reduction and copy._reconstruct do for those values.)"""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

_atomic = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool, str, type, range,
           type(len), type(lambda: 0), property, slice}


def copy(x):
    cls = type(x)
    if cls in _atomic or cls is tuple or cls is frozenset or issubclass(cls, type):
        return x
    if cls is list or cls is dict or cls is set:
        return cls.copy(x)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x)
    if rv is not None:
        return x if isinstance(rv, str) else _from_reduce(x, None, *rv)
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # a tuple whose items deep-copy to themselves is returned as is (or its copy, if made meanwhile)
        if id(x) in memo:
            return memo[id(x)]
        y = x
        for k, j in zip(x, items):
            if k is not j:
                y = tuple(items)
                break
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(a, memo) for a in x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x)
            if rv is None:
                y = _reconstruct(x, memo)
            elif isinstance(rv, str):
                y = x
            else:
                y = _from_reduce(x, memo, *rv)
    if y is not x:
        memo[d] = y
        # keep x alive while the memo is in use, as CPython's _keep_alive does
        memo.setdefault(id(memo), []).append(x)
    return y


def _reduce(x):
    # the reduction of a class that defines __reduce_ex__ or __reduce__ (datetime's, a user's), else None:
    # object's own are what _reconstruct does
    for c in type(x).__mro__:
        if c is object:
            return None
        d = c.__dict__
        if '__reduce_ex__' in d:
            return x.__reduce_ex__(4)
        if '__reduce__' in d:
            return x.__reduce__()
    return None


def _from_reduce(x, memo, func, args, state=None, listiter=None, dictiter=None):
    # CPython's copy._reconstruct
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        _set_state(y, state, memo)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def _set_state(y, state, memo):
    # CPython's copy._reconstruct: the state (copied when deep) through __setstate__, else into the
    # instance's __dict__ and, for a (dict, slots) pair, its slots
    if memo is not None:
        state = deepcopy(state, memo)
    if hasattr(y, '__setstate__'):
        y.__setstate__(state)
        return
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    else:
        slotstate = None
    if state is not None:
        y.__dict__.update(state)
    if slotstate is not None:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        s = c.__dict__.get('__slots__', ())
        for name in ([s] if isinstance(s, str) else s):
            if name in ('__dict__', '__weakref__'):
                continue
            # a private name is mangled, as copyreg._slotnames does
            if name.startswith('__') and not name.endswith('__') and c.__name__.lstrip('_'):
                name = f"_{c.__name__.lstrip('_')}{name}"
            if name not in names:
                names.append(name)
    return names


# Builtin types whose instances hold state of their own beyond a __dict__ (an RLock's owner and count, a
# local's per-thread dicts, a SimpleQueue's items): CPython's object.__reduce_ex__ refuses them, and
# their subclasses, where pyt could make an empty one.
_NATIVE_STATE = frozenset(['_thread.RLock', '_thread._local', '_queue.SimpleQueue'])


def _check_native_state(cls):
    for c in cls.__mro__:
        full = f'{c.__module__}.{c.__qualname__}'
        if full in _NATIVE_STATE:
            # (a class statement's type is named by its __name__ alone, as CPython's tp_name)
            raise TypeError(f"cannot pickle {full if c is cls else cls.__name__!r} object")


def _reconstruct(x, memo):
    deep = memo is not None
    cls = type(x)
    if isinstance(x, BaseException):
        y = cls(*x.args)
    elif isinstance(x, tuple):
        args = x.__getnewargs__() if hasattr(x, '__getnewargs__') else (tuple(x),)
        if deep:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
    elif isinstance(x, (int, float, str)):
        base = int if isinstance(x, int) else float if isinstance(x, float) else str
        y = cls.__new__(cls, base(x))
    else:
        _check_native_state(cls)
        try:
            y = cls.__new__(cls)
        except TypeError:
            # a builtin type without a reduction (a lock, a module): CPython's pickling error
            name = cls.__qualname__ if cls.__module__ == 'builtins' else f'{cls.__module__}.{cls.__qualname__}'
            raise TypeError(f"cannot pickle {name!r} object") from None
    if deep:
        memo[id(x)] = y
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None and getattr(cls, '__getstate__', None) is not getattr(object, '__getstate__', None):
        state = getstate()
    else:
        state = dict(x.__dict__) if hasattr(x, '__dict__') else None
        slots = {name: getattr(x, name) for name in _slot_names(cls) if hasattr(x, name)}
        if slots:
            state = (state, slots)
    if state:
        _set_state(y, state, memo)
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
            else:
                y[key] = value
    elif isinstance(x, set):
        for item in x:
            y.add(deepcopy(item, memo) if deep else item)
    return y
