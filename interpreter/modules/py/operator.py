"""operator for pyt: the operators as functions, itemgetter, attrgetter, methodcaller, as CPython
3.11's. CPython's are C functions: a wrong argument count or a keyword says so in their words
("add expected 2 arguments, got 1", "_operator.neg() takes exactly one argument (0 given)")."""

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf', 'delitem', 'eq',
           'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul',
           'imod', 'imul', 'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift', 'is_', 'is_not',
           'isub', 'itemgetter', 'itruediv', 'ixor', 'le', 'length_hint', 'lshift', 'lt', 'matmul',
           'methodcaller', 'mod', 'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift', 'setitem',
           'sub', 'truediv', 'truth', 'xor']

_abs = abs


def _unary(name, f):
    def op(*args, **kwargs):
        if kwargs:
            raise TypeError('_operator.%s() takes no keyword arguments' % name)
        if len(args) != 1:
            raise TypeError('_operator.%s() takes exactly one argument (%d given)' % (name, len(args)))
        return f(args[0])
    op.__name__ = op.__qualname__ = name
    return op


def _nary(name, n, f):
    def op(*args, **kwargs):
        if kwargs:
            raise TypeError('_operator.%s() takes no keyword arguments' % name)
        if len(args) != n:
            raise TypeError('%s expected %d arguments, got %d' % (name, n, len(args)))
        return f(*args)
    op.__name__ = op.__qualname__ = name
    return op


def _index(a):
    f = getattr(type(a), '__index__', None)
    if f is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(a).__name__)
    return f(a)


def _concat(a, b):
    if not hasattr(type(a), '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    return a + b


def _iconcat(a, b):
    if not hasattr(type(a), '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    a += b
    return a


def _countOf(a, b):
    n = 0
    for x in a:
        if x is b or x == b:
            n += 1
    return n


def _indexOf(a, b):
    i = 0
    for x in a:
        if x is b or x == b:
            return i
        i += 1
    raise ValueError('sequence.index(x): x not in sequence')


def _setitem(a, b, c):
    a[b] = c


def _delitem(a, b):
    del a[b]


# in-place operators: a op= b, then a (a new object when a's type has no in-place method)
def _iadd(a, b):
    a += b
    return a


def _isub(a, b):
    a -= b
    return a


def _imul(a, b):
    a *= b
    return a


def _imatmul(a, b):
    a @= b
    return a


def _itruediv(a, b):
    a /= b
    return a


def _ifloordiv(a, b):
    a //= b
    return a


def _imod(a, b):
    a %= b
    return a


def _ipow(a, b):
    a **= b
    return a


def _ilshift(a, b):
    a <<= b
    return a


def _irshift(a, b):
    a >>= b
    return a


def _iand(a, b):
    a &= b
    return a


def _ior(a, b):
    a |= b
    return a


def _ixor(a, b):
    a ^= b
    return a


lt = _nary('lt', 2, lambda a, b: a < b)
le = _nary('le', 2, lambda a, b: a <= b)
eq = _nary('eq', 2, lambda a, b: a == b)
ne = _nary('ne', 2, lambda a, b: a != b)
ge = _nary('ge', 2, lambda a, b: a >= b)
gt = _nary('gt', 2, lambda a, b: a > b)
not_ = _unary('not_', lambda a: not a)
truth = _unary('truth', lambda a: bool(a))
is_ = _nary('is_', 2, lambda a, b: a is b)
is_not = _nary('is_not', 2, lambda a, b: a is not b)
abs = _unary('abs', _abs)
add = _nary('add', 2, lambda a, b: a + b)
and_ = _nary('and_', 2, lambda a, b: a & b)
floordiv = _nary('floordiv', 2, lambda a, b: a // b)
index = _unary('index', _index)
inv = _unary('inv', lambda a: ~a)
invert = _unary('invert', lambda a: ~a)
lshift = _nary('lshift', 2, lambda a, b: a << b)
mod = _nary('mod', 2, lambda a, b: a % b)
mul = _nary('mul', 2, lambda a, b: a * b)
matmul = _nary('matmul', 2, lambda a, b: a @ b)
neg = _unary('neg', lambda a: -a)
or_ = _nary('or_', 2, lambda a, b: a | b)
pos = _unary('pos', lambda a: +a)
pow = _nary('pow', 2, lambda a, b: a ** b)
rshift = _nary('rshift', 2, lambda a, b: a >> b)
sub = _nary('sub', 2, lambda a, b: a - b)
truediv = _nary('truediv', 2, lambda a, b: a / b)
xor = _nary('xor', 2, lambda a, b: a ^ b)
concat = _nary('concat', 2, _concat)
contains = _nary('contains', 2, lambda a, b: b in a)
countOf = _nary('countOf', 2, _countOf)
delitem = _nary('delitem', 2, _delitem)
getitem = _nary('getitem', 2, lambda a, b: a[b])
indexOf = _nary('indexOf', 2, _indexOf)
setitem = _nary('setitem', 3, _setitem)
iadd = _nary('iadd', 2, _iadd)
iand = _nary('iand', 2, _iand)
iconcat = _nary('iconcat', 2, _iconcat)
ifloordiv = _nary('ifloordiv', 2, _ifloordiv)
ilshift = _nary('ilshift', 2, _ilshift)
imod = _nary('imod', 2, _imod)
imul = _nary('imul', 2, _imul)
imatmul = _nary('imatmul', 2, _imatmul)
ior = _nary('ior', 2, _ior)
ipow = _nary('ipow', 2, _ipow)
irshift = _nary('irshift', 2, _irshift)
isub = _nary('isub', 2, _isub)
itruediv = _nary('itruediv', 2, _itruediv)
ixor = _nary('ixor', 2, _ixor)


def length_hint(obj, default=0, /):
    """len(obj), else obj.__length_hint__(), else default."""
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(default).__name__)
    try:
        return len(obj)
    except TypeError:
        pass
    hint = getattr(type(obj), '__length_hint__', None)
    if hint is None:
        return default
    val = hint(obj)
    if val is NotImplemented:
        return default
    if not isinstance(val, int):
        raise TypeError('__length_hint__ must be an integer, not %s' % type(val).__name__)
    if val < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return val


def call(obj, /, *args, **kwargs):
    """obj(*args, **kwargs)."""
    return obj(*args, **kwargs)


class attrgetter:
    """attrgetter(name, ...): a callable that fetches the named attribute(s), dotted names followed."""

    def __init__(self, *attrs):
        if not attrs:
            raise TypeError('attrgetter expected 1 argument, got 0')
        for a in attrs:
            if not isinstance(a, str):
                raise TypeError('attribute name must be a string')
        self._attrs = attrs
        self._paths = tuple([a.split('.') for a in attrs])

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('attrgetter() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError('attrgetter expected 1 argument, got %d' % len(args))
        obj = args[0]
        if len(self._paths) == 1:
            return self._get(obj, self._paths[0])
        return tuple([self._get(obj, p) for p in self._paths])

    @staticmethod
    def _get(obj, path):
        for name in path:
            obj = getattr(obj, name)
        return obj

    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join(map(repr, self._attrs))


class itemgetter:
    """itemgetter(item, ...): a callable that fetches the given item(s) of its operand."""

    def __init__(self, *items):
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('itemgetter() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError('itemgetter expected 1 argument, got %d' % len(args))
        obj = args[0]
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple([obj[i] for i in self._items])

    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join(map(repr, self._items))


class methodcaller:
    """methodcaller(name, /, *args, **kwargs): a callable that calls the named method of its operand."""

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, the method name')
        self = args[0]
        if not isinstance(args[1], str):
            raise TypeError('method name must be a string')
        self._name = args[1]
        self._args = args[2:]
        self._kwargs = kwargs

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('methodcaller() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError('methodcaller expected 1 argument, got %d' % len(args))
        return getattr(args[0], self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(map(repr, self._args))
        parts.extend('%s=%r' % (k, v) for k, v in self._kwargs.items())
        return 'operator.methodcaller(%s)' % ', '.join(parts)


# the dunder aliases (operator.__add__ is operator.add)
__abs__ = abs
__add__ = add
__and__ = and_
__call__ = call
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__eq__ = eq
__floordiv__ = floordiv
__ge__ = ge
__getitem__ = getitem
__gt__ = gt
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imatmul__ = imatmul
__imod__ = imod
__imul__ = imul
__index__ = index
__inv__ = inv
__invert__ = invert
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
__le__ = le
__lshift__ = lshift
__lt__ = lt
__matmul__ = matmul
__mod__ = mod
__mul__ = mul
__ne__ = ne
__neg__ = neg
__not__ = not_
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__setitem__ = setitem
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
