"""bisect for pyt: bisect_left/right, insort_left/right (bisect, insort: the right ones), with key=, the
C functions' comparisons (x < a[mid] for right, a[mid] < x for left) and their argument messages.
As CPython's C insort, an insort into a list threads share is one step when no comparison runs Python
code (no key; None, bool, int, float, str, tuples of them: _pytsupport.insort)."""

from _pytsupport import insort as _insort

_MISS = object()

__all__ = ['bisect_left', 'bisect_right', 'insort_left', 'insort_right', 'bisect', 'insort']

_NAMES = ('a', 'x', 'lo', 'hi', 'key')


def _parse(name, args, kwargs, keep_hi=False):
    # Argument Clinic's (a, x, lo=0, hi=None, *, key=None)
    n = len(args)
    if n > 5:
        raise TypeError('%s() takes at most 5 arguments (%d given)' % (name, n))
    if n > 4:
        raise TypeError('%s() takes at most 4 positional arguments (%d given)' % (name, n))
    vals = {'lo': 0, 'hi': None, 'key': None}
    for i in range(n):
        vals[_NAMES[i]] = args[i]
    for k in kwargs:
        if k not in _NAMES:
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (k, name))
        i = _NAMES.index(k)
        if i < n:
            raise TypeError("argument for %s() given by name ('%s') and position (%d)" % (name, k, i + 1))
        vals[k] = kwargs[k]
    for i in range(2):
        if _NAMES[i] not in vals:
            raise TypeError("%s() missing required argument '%s' (pos %d)" % (name, _NAMES[i], i + 1))
    a = vals['a']
    lo = vals['lo']
    if not isinstance(lo, int):
        f = getattr(type(lo), '__index__', None)
        if f is None:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(lo).__name__)
        lo = f(lo)
    hi = vals['hi']
    if hi is None:
        hi = -1
    elif not isinstance(hi, int):
        f = getattr(type(hi), '__index__', None)
        if f is None:
            raise TypeError("argument should be integer or None, not '%s'" % type(hi).__name__)
        hi = f(hi)
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi == -1 and not keep_hi:
        hi = len(a)
    return a, vals['x'], lo, hi, vals['key']


def _right(a, x, lo, hi, key):
    while lo < hi:
        mid = (lo + hi) // 2
        if key is None:
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
        else:
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def _left(a, x, lo, hi, key):
    while lo < hi:
        mid = (lo + hi) // 2
        if key is None:
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        else:
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def bisect_right(*args, **kwargs):
    """The index where to insert x in a, keeping it sorted: after any items equal to x."""
    a, x, lo, hi, key = _parse('bisect_right', args, kwargs)
    return _right(a, x, lo, hi, key)


def bisect_left(*args, **kwargs):
    """The index where to insert x in a, keeping it sorted: before any items equal to x."""
    a, x, lo, hi, key = _parse('bisect_left', args, kwargs)
    return _left(a, x, lo, hi, key)


def insort_right(*args, **kwargs):
    """Insert x in a, keeping it sorted: after any items equal to x."""
    a, x, lo, hi, key = _parse('insort_right', args, kwargs, True)
    if key is None and _insort(a, x, lo, hi, True, _MISS) is not _MISS:
        return
    if hi == -1:
        hi = len(a)
    a.insert(_right(a, x if key is None else key(x), lo, hi, key), x)


def insort_left(*args, **kwargs):
    """Insert x in a, keeping it sorted: before any items equal to x."""
    a, x, lo, hi, key = _parse('insort_left', args, kwargs, True)
    if key is None and _insort(a, x, lo, hi, False, _MISS) is not _MISS:
        return
    if hi == -1:
        hi = len(a)
    a.insert(_left(a, x if key is None else key(x), lo, hi, key), x)


bisect = bisect_right
insort = insort_right
