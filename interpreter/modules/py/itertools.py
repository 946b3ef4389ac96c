"""itertools for pyt, as CPython 3.11's: count, cycle, repeat, accumulate, chain, compress, dropwhile,
filterfalse, groupby, islice, pairwise, starmap, takewhile, tee, zip_longest, product, permutations,
combinations, combinations_with_replacement. pyt has no generator functions, so each is an iterator
class whose state machine follows CPython's C code step by step (what is consumed when, and the order of
the results), lazy where CPython's are; argument errors carry the C functions' messages."""

__all__ = ['count', 'cycle', 'repeat', 'accumulate', 'chain', 'compress', 'dropwhile', 'filterfalse',
           'groupby', 'islice', 'pairwise', 'starmap', 'takewhile', 'tee', 'zip_longest', 'product',
           'permutations', 'combinations', 'combinations_with_replacement']

import _thread

_NULL = object()   # an empty slot of C's state (NULL)
# count's next() is atomic in CPython (C code under the GIL), so programs share one count between threads
# as an id source; here threads run in parallel, so its read-and-advance holds this lock.
_count_lock = _thread.allocate_lock()
_MAXSIZE = 9223372036854775807


def _nargs(name, args, lo, hi):
    # C's PyArg_UnpackTuple wording ("starmap expected 2 arguments, got 1")
    n = len(args)
    if n < lo:
        raise TypeError('%s expected %s%d argument%s, got %d'
                        % (name, 'at least ' if lo != hi else '', lo, '' if lo == 1 else 's', n))
    if n > hi:
        raise TypeError('%s expected %s%d argument%s, got %d'
                        % (name, 'at most ' if lo != hi else '', hi, '' if hi == 1 else 's', n))


def _no_kwargs(name, kwargs):
    if kwargs:
        raise TypeError('%s() takes no keyword arguments' % name)


def _kwargs(name, kwargs, allowed):
    for k in kwargs:
        if k not in allowed:
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (k, name))


def _required(name, args, kwargs, names):
    # Argument Clinic's positional-or-keyword parameters, all required
    if len(args) > len(names):
        raise TypeError('%s() takes at most %d argument%s (%d given)'
                        % (name, len(names), '' if len(names) == 1 else 's', len(args)))
    _kwargs(name, kwargs, names)
    out = list(args)
    for i in range(len(args), len(names)):
        if names[i] not in kwargs:
            raise TypeError("%s() missing required argument '%s' (pos %d)" % (name, names[i], i + 1))
        out.append(kwargs[names[i]])
    for i in range(len(args)):
        if names[i] in kwargs:
            raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                            % (name, names[i], i + 1))
    return out


def _index(x):
    # PyNumber_AsSsize_t: an int (or __index__), None when it is not one
    if isinstance(x, int):
        return int(x)
    f = getattr(type(x), '__index__', None)
    if f is None:
        return None
    return f(x)


def _int_arg(x):
    i = _index(x)
    if i is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)
    return i


def _is_number(x):
    if isinstance(x, (int, float)):
        return True
    t = type(x)
    return hasattr(t, '__index__') or hasattr(t, '__float__') or hasattr(t, '__int__')


class count:
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    def __init__(self, *args, **kwargs):
        if len(args) > 2:
            raise TypeError('count() takes at most 2 arguments (%d given)' % len(args))
        _kwargs('count', kwargs, ('start', 'step'))
        start = args[0] if len(args) > 0 else kwargs.get('start', 0)
        step = args[1] if len(args) > 1 else kwargs.get('step', 1)
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        with _count_lock:
            cnt = self._cnt
            self._cnt = cnt + self._step
        return cnt

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return 'count(%r)' % (self._cnt,)
        return 'count(%r, %r)' % (self._cnt, step)


class cycle:
    """cycle(iterable): its items, then the saved items again, forever."""

    def __init__(self, *args, **kwargs):
        _no_kwargs('cycle', kwargs)
        _nargs('cycle', args, 1, 1)
        self._it = iter(args[0])
        self._saved = []
        self._index = 0
        self._firstpass = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is not None:
            try:
                item = next(self._it)
            except StopIteration:
                self._it = None
            else:
                if self._firstpass:
                    self._saved.append(item)
                return item
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index += 1
        if self._index >= len(saved):
            self._index = 0
        return item


class repeat:
    """repeat(object[, times]): object, times times or forever."""

    def __init__(self, *args, **kwargs):
        if len(args) > 2:
            raise TypeError('repeat() takes at most 2 arguments (%d given)' % len(args))
        _kwargs('repeat', kwargs, ('object', 'times'))
        if args:
            obj = args[0]
        elif 'object' in kwargs:
            obj = kwargs['object']
        else:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        self._element = obj
        self._cnt = -1
        if len(args) > 1 or 'times' in kwargs:
            times = _int_arg(args[1] if len(args) > 1 else kwargs['times'])
            self._cnt = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._cnt == 0:
            raise StopIteration
        if self._cnt > 0:
            self._cnt -= 1
        return self._element

    def __length_hint__(self):
        if self._cnt == -1:
            raise TypeError('len() of unsized object')
        return self._cnt

    def __repr__(self):
        if self._cnt == -1:
            return 'repeat(%r)' % (self._element,)
        return 'repeat(%r, %d)' % (self._element, self._cnt)


class accumulate:
    """accumulate(iterable, func=None, *, initial=None): running totals (or func's running results)."""

    def __init__(self, *args, **kwargs):
        _kwargs('accumulate', kwargs, ('iterable', 'func', 'initial'))
        if len(args) > 2:
            raise TypeError('accumulate() takes at most 2 arguments (%d given)' % len(args))
        if args:
            iterable = args[0]
        elif 'iterable' in kwargs:
            iterable = kwargs['iterable']
        else:
            raise TypeError("accumulate() missing required argument 'iterable' (pos 1)")
        self._func = args[1] if len(args) > 1 else kwargs.get('func')
        self._it = iter(iterable)
        self._total = _NULL
        self._initial = kwargs.get('initial')

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        val = next(self._it)
        if self._total is _NULL:
            self._total = val
        elif self._func is None:
            self._total = self._total + val
        else:
            self._total = self._func(self._total, val)
        return self._total


class chain:
    """chain(*iterables): the items of each iterable in turn."""

    def __init__(self, *iterables, **kwargs):
        _no_kwargs('chain', kwargs)
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        self = cls()
        self._source = iter(iterable)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                try:
                    iterable = next(self._source)
                except StopIteration:
                    self._source = None
                    raise
                self._active = iter(iterable)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None
        raise StopIteration


class compress:
    """compress(data, selectors): the data items whose selector is true."""

    def __init__(self, *args, **kwargs):
        data, selectors = _required('compress', args, kwargs, ('data', 'selectors'))
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            datum = next(self._data)
            selector = next(self._selectors)
            if selector:
                return datum


class dropwhile:
    """dropwhile(predicate, iterable): the items from the first for which predicate is false."""

    def __init__(self, *args, **kwargs):
        _no_kwargs('dropwhile', kwargs)
        _nargs('dropwhile', args, 2, 2)
        self._func = args[0]
        self._it = iter(args[1])
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            if not self._dropping:
                return item
            if not self._func(item):
                self._dropping = False
                return item


class takewhile:
    """takewhile(predicate, iterable): the items up to the first for which predicate is false."""

    def __init__(self, *args, **kwargs):
        _no_kwargs('takewhile', kwargs)
        _nargs('takewhile', args, 2, 2)
        self._func = args[0]
        self._it = iter(args[1])
        self._stop = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stop:
            raise StopIteration
        item = next(self._it)
        if self._func(item):
            return item
        self._stop = True
        raise StopIteration


class filterfalse:
    """filterfalse(function or None, iterable): the items for which function (or the item) is false."""

    def __init__(self, *args, **kwargs):
        _no_kwargs('filterfalse', kwargs)
        _nargs('filterfalse', args, 2, 2)
        self._func = args[0]
        self._it = iter(args[1])

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._it)
            ok = item if self._func is None else self._func(item)
            if not ok:
                return item


class groupby:
    """groupby(iterable, key=None): (key, group) for each run of items with equal keys. A group is valid
    until the groupby advances (CPython's currgrouper check)."""

    def __init__(self, *args, **kwargs):
        _kwargs('groupby', kwargs, ('iterable', 'key'))
        if len(args) > 2:
            raise TypeError('groupby() takes at most 2 arguments (%d given)' % len(args))
        if args:
            iterable = args[0]
        elif 'iterable' in kwargs:
            iterable = kwargs['iterable']
        else:
            raise TypeError("groupby() missing required argument 'iterable' (pos 1)")
        self._keyfunc = args[1] if len(args) > 1 else kwargs.get('key')
        self._it = iter(iterable)
        self._tgtkey = _NULL
        self._currkey = _NULL
        self._currvalue = _NULL
        self._currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._currgrouper = None
        while True:
            if self._currkey is _NULL:
                pass
            elif self._tgtkey is _NULL:
                break
            elif not (self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


class _grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        gbo = self._parent
        if gbo._currgrouper is not self:
            raise StopIteration
        if gbo._currvalue is _NULL:
            gbo._step()
        if not (self._tgtkey == gbo._currkey):
            raise StopIteration
        r = gbo._currvalue
        gbo._currvalue = _NULL
        gbo._currkey = _NULL
        return r




class islice:
    """islice(iterable, stop) or islice(iterable, start, stop[, step]): a slice of the iterable's items,
    consuming exactly as many as CPython's does."""

    def __init__(self, *args, **kwargs):
        _no_kwargs('islice', kwargs)
        _nargs('islice', args, 2, 4)
        seq = args[0]
        start = 0
        stop = -1
        step = 1
        stop_bad = False
        if len(args) == 2:
            if args[1] is not None:
                stop = _index(args[1])
                stop_bad = stop is None or stop == -1
        else:
            if args[1] is not None:
                start = _index(args[1])
                if start is None or start > _MAXSIZE:
                    start = -1
            if args[2] is not None:
                stop = _index(args[2])
                stop_bad = stop is None or stop == -1
        if stop_bad or (stop is not None and stop > _MAXSIZE):
            raise ValueError('Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if start < 0 or stop < -1:
            raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if len(args) == 4 and args[3] is not None:
            step = _index(args[3])
            if step is None or step > _MAXSIZE:
                step = -1
        if step < 1:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(seq)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._cnt < self._next:
                next(it)
                self._cnt += 1
            if stop != -1 and self._cnt >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        self._next += self._step
        if stop != -1 and self._next > stop:
            self._next = stop
        return item


class pairwise:
    """pairwise(iterable): (a, b), (b, c), ... of successive items."""

    def __init__(self, *args, **kwargs):
        _no_kwargs('pairwise', kwargs)
        _nargs('pairwise', args, 1, 1)
        self._it = iter(args[0])
        self._old = _NULL

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            raise StopIteration
        try:
            if self._old is _NULL:
                self._old = next(self._it)
            new = next(self._it)
        except StopIteration:
            self._it = None
            raise
        result = (self._old, new)
        self._old = new
        return result


class starmap:
    """starmap(function, iterable): function(*args) for each args tuple of the iterable."""

    def __init__(self, *args, **kwargs):
        _no_kwargs('starmap', kwargs)
        _nargs('starmap', args, 2, 2)
        self._func = args[0]
        self._it = iter(args[1])

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._func(*args)


class _tee_link:
    # one cell of the buffer the tee iterators share: an item and the next cell (filled on demand)
    def __init__(self):
        self.value = _NULL
        self.next = None


class _tee:
    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.value is _NULL:
            link.value = next(self._it)
            link.next = _tee_link()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._it, self._link)




def tee(iterable, n=2, /):
    """tee(iterable, n=2): n independent iterators over the iterable's items."""
    n = _int_arg(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, _tee_link())
    result = [first]
    for i in range(1, n):
        result.append(first.__copy__())
    return tuple(result)


class zip_longest:
    """zip_longest(*iterables, fillvalue=None): tuples of items, the shorter iterables padded."""

    def __init__(self, *args, **kwargs):
        fillvalue = None
        if kwargs:
            if len(kwargs) != 1 or 'fillvalue' not in kwargs:
                raise TypeError('zip_longest() got an unexpected keyword argument')
            fillvalue = kwargs['fillvalue']
        self._its = [iter(a) for a in args]
        self._active = len(self._its)
        self._fill = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not its or self._active == 0:
            raise StopIteration
        result = []
        for i in range(len(its)):
            it = its[i]
            if it is None:
                result.append(self._fill)
                continue
            try:
                item = next(it)
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                its[i] = None
                item = self._fill
            result.append(item)
        return tuple(result)


class product:
    """product(*iterables, repeat=1): the Cartesian product, rightmost element advancing fastest."""

    def __init__(self, *args, **kwargs):
        repeat = 1
        if kwargs:
            for k in kwargs:
                if k != 'repeat':
                    raise TypeError("'%s' is an invalid keyword argument for product()" % k)
            repeat = _int_arg(kwargs['repeat'])
            if repeat < 0:
                raise ValueError('repeat argument cannot be negative')
        pools = [tuple(a) for a in args] * repeat
        self._pools = pools
        self._indices = None
        self._stopped = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pools = self._pools
        if self._indices is None:
            for p in pools:
                if not p:
                    self._stopped = True
                    raise StopIteration
            self._indices = [0] * len(pools)
        else:
            indices = self._indices
            i = len(pools) - 1
            while i >= 0:
                indices[i] += 1
                if indices[i] < len(pools[i]):
                    break
                indices[i] = 0
                i -= 1
            if i < 0:
                self._stopped = True
                raise StopIteration
        return tuple([pools[i][self._indices[i]] for i in range(len(pools))])


def _r_arg(name, args, kwargs, optional):
    names = ('iterable', 'r')
    if len(args) > 2:
        raise TypeError('%s() takes at most 2 arguments (%d given)' % (name, len(args)))
    _kwargs(name, kwargs, names)
    if args:
        iterable = args[0]
    elif 'iterable' in kwargs:
        iterable = kwargs['iterable']
    else:
        raise TypeError("%s() missing required argument 'iterable' (pos 1)" % name)
    if len(args) > 1:
        r = args[1]
    elif 'r' in kwargs:
        r = kwargs['r']
    elif optional:
        r = None
    else:
        raise TypeError("%s() missing required argument 'r' (pos 2)" % name)
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    elif optional:
        if not isinstance(r, int):
            raise TypeError('Expected int as r')
        r = int(r)
    else:
        r = _int_arg(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return pool, r


class combinations:
    """combinations(iterable, r): the r-length subsequences, in lexicographic order of positions."""

    def __init__(self, *args, **kwargs):
        self._pool, self._r = _r_arg('combinations', args, kwargs, False)
        self._indices = None
        self._stopped = self._r > len(self._pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        r = self._r
        n = len(pool)
        if self._indices is None:
            self._indices = list(range(r))
        else:
            indices = self._indices
            i = r - 1
            while i >= 0 and indices[i] == i + n - r:
                i -= 1
            if i < 0:
                self._stopped = True
                raise StopIteration
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
        return tuple([pool[i] for i in self._indices])


class combinations_with_replacement:
    """combinations_with_replacement(iterable, r): r-length subsequences allowing repeated elements."""

    def __init__(self, *args, **kwargs):
        self._pool, self._r = _r_arg('combinations_with_replacement', args, kwargs, False)
        self._indices = None
        self._stopped = not self._pool and self._r > 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        r = self._r
        n = len(pool)
        if self._indices is None:
            self._indices = [0] * r
        else:
            indices = self._indices
            i = r - 1
            while i >= 0 and indices[i] == n - 1:
                i -= 1
            if i < 0:
                self._stopped = True
                raise StopIteration
            index = indices[i] + 1
            for j in range(i, r):
                indices[j] = index
        return tuple([pool[i] for i in self._indices])


class permutations:
    """permutations(iterable, r=None): the r-length orderings, in lexicographic order of positions."""

    def __init__(self, *args, **kwargs):
        self._pool, self._r = _r_arg('permutations', args, kwargs, True)
        n = len(self._pool)
        self._indices = list(range(n))
        self._cycles = list(range(n, n - self._r, -1))
        self._first = True
        self._stopped = self._r > n

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        r = self._r
        n = len(pool)
        indices = self._indices
        if self._first:
            self._first = False
            return tuple([pool[i] for i in indices[:r]])
        if n == 0:
            self._stopped = True
            raise StopIteration
        cycles = self._cycles
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return tuple([pool[k] for k in indices[:r]])
            i -= 1
        self._stopped = True
        raise StopIteration
