"""heapq for pyt: CPython 3.11's heap algorithms (its heapq.py, which the C module mirrors step for
step), so heaps hold their items in the same order and nlargest/nsmallest pick the same items; type and
argument checks with the C functions' messages. merge is an iterator class (no generators in pyt).
heappush, heappop, heapreplace, heappushpop and heapify are native (_pytsupport.heap_op, the same steps), as
CPython's C functions are, and so one step on a heap threads share when its items compare without Python
code (None, bool, int, float, str, tuples of them); the Python code below runs otherwise."""

from _pytsupport import heap_op as _heap_op

_MISS = object()

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest',
           'heappushpop']


def _list(name, heap, nth):
    if not isinstance(heap, list):
        raise TypeError('%s() argument %smust be list, not %s' % (name, nth, type(heap).__name__))


def _two(name, args, kwargs):
    if kwargs:
        raise TypeError('%s() takes no keyword arguments' % name)
    if len(args) != 2:
        raise TypeError('%s expected 2 arguments, got %d' % (name, len(args)))


def _one(name, args, kwargs):
    if kwargs:
        raise TypeError('_heapq.%s() takes no keyword arguments' % name)
    if len(args) != 1:
        raise TypeError('_heapq.%s() takes exactly one argument (%d given)' % (name, len(args)))


def heappush(*args, **kwargs):
    """Push item onto heap, maintaining the heap invariant."""
    _two('heappush', args, kwargs)
    heap, item = args
    _list('heappush', heap, '1 ')
    if _heap_op('push', heap, item, _MISS) is not _MISS:
        return
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(*args, **kwargs):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _one('heappop', args, kwargs)
    heap = args[0]
    _list('heappop', heap, '')
    r = _heap_op('pop', heap, None, _MISS)
    if r is not _MISS:
        return r
    if not heap:
        raise IndexError('index out of range')
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(*args, **kwargs):
    """Pop and return the current smallest value, and add the new item."""
    _two('heapreplace', args, kwargs)
    heap, item = args
    _list('heapreplace', heap, '1 ')
    r = _heap_op('replace', heap, item, _MISS)
    if r is not _MISS:
        return r
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(*args, **kwargs):
    """Fast version of a heappush followed by a heappop."""
    _two('heappushpop', args, kwargs)
    heap, item = args
    _list('heappushpop', heap, '1 ')
    r = _heap_op('pushpop', heap, item, _MISS)
    if r is not _MISS:
        return r
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(*args, **kwargs):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    _one('heapify', args, kwargs)
    x = args[0]
    _list('heapify', x, '')
    if _heap_op('heapify', x, None, _MISS) is not _MISS:
        return
    n = len(x)
    for i in reversed(range(n // 2)):
        _siftup(x, i)


def _heappop_max(heap):
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup_max(heap, 0)
        return returnitem
    return lastelt


def _heapreplace_max(heap, item):
    returnitem = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return returnitem


def _heapify_max(x):
    n = len(x)
    for i in reversed(range(n // 2)):
        _siftup_max(x, i)


def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


class merge:
    """merge(*iterables, key=None, reverse=False): the sorted iterables' items, merged into one sorted
    stream (CPython's algorithm: a heap of [value, order, iterator], ties go to the earlier iterable)."""

    def __init__(self, *iterables, key=None, reverse=False):
        self._key = key
        self._reverse = reverse
        self._h = None
        self._iterables = iterables
        self._last = None   # the single remaining iterator, once the heap is down to one

    def __iter__(self):
        return self

    def _start(self):
        h = []
        key = self._key
        order = -1 if self._reverse else 1
        for i, it in enumerate(map(iter, self._iterables)):
            try:
                value = next(it)
            except StopIteration:
                continue
            if key is None:
                h.append([value, i * order, it])
            else:
                h.append([key(value), i * order, value, it])
        self._iterables = None
        if self._reverse:
            _heapify_max(h)
        else:
            heapify(h)
        self._h = h

    def __next__(self):
        if self._last is not None:
            return next(self._last)
        if self._h is None:
            self._start()
        h = self._h
        if len(h) > 1:
            s = h[0]
            if self._key is None:
                value, order, it = s
                result = value
                try:
                    s[0] = next(it)
                    self._replace(h, s)
                except StopIteration:
                    self._pop(h)
            else:
                key_value, order, value, it = s
                result = value
                try:
                    value = next(it)
                    s[0] = self._key(value)
                    s[2] = value
                    self._replace(h, s)
                except StopIteration:
                    self._pop(h)
            return result
        if h:
            s = h.pop()
            # the last iterator: its current value, then the rest of it directly
            value = s[0] if self._key is None else s[2]
            self._last = s[-1]
            return value
        raise StopIteration

    def _replace(self, h, s):
        if self._reverse:
            _heapreplace_max(h, s)
        else:
            heapreplace(h, s)

    def _pop(self, h):
        if self._reverse:
            _heappop_max(h)
        else:
            heappop(h)
def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """

    # Short-cut for n==1 is to use min()
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]

    # When n>=size, it's faster to use sorted()
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]

    # When key is none, use simpler decoration
    if key is None:
        it = iter(iterable)
        # put the range(n) first so that zip() doesn't
        # consume one too many elements from the iterator
        result = [(elem, i) for i, elem in zip(range(n), it)]
        if not result:
            return result
        _heapify_max(result)
        top = result[0][0]
        order = n
        _heapreplace = _heapreplace_max
        for elem in it:
            if elem < top:
                _heapreplace(result, (elem, order))
                top, _order = result[0]
                order += 1
        result.sort()
        return [elem for (elem, order) in result]

    # General case, slowest method
    it = iter(iterable)
    result = [(key(elem), i, elem) for i, elem in zip(range(n), it)]
    if not result:
        return result
    _heapify_max(result)
    top = result[0][0]
    order = n
    _heapreplace = _heapreplace_max
    for elem in it:
        k = key(elem)
        if k < top:
            _heapreplace(result, (k, order, elem))
            top, _order, _elem = result[0]
            order += 1
    result.sort()
    return [elem for (k, order, elem) in result]

def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """

    # Short-cut for n==1 is to use max()
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]

    # When n>=size, it's faster to use sorted()
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]

    # When key is none, use simpler decoration
    if key is None:
        it = iter(iterable)
        result = [(elem, i) for i, elem in zip(range(0, -n, -1), it)]
        if not result:
            return result
        heapify(result)
        top = result[0][0]
        order = -n
        _heapreplace = heapreplace
        for elem in it:
            if top < elem:
                _heapreplace(result, (elem, order))
                top, _order = result[0]
                order -= 1
        result.sort(reverse=True)
        return [elem for (elem, order) in result]

    # General case, slowest method
    it = iter(iterable)
    result = [(key(elem), i, elem) for i, elem in zip(range(0, -n, -1), it)]
    if not result:
        return result
    heapify(result)
    top = result[0][0]
    order = -n
    _heapreplace = heapreplace
    for elem in it:
        k = key(elem)
        if top < k:
            _heapreplace(result, (k, order, elem))
            top, _order, _elem = result[0]
            order -= 1
    result.sort(reverse=True)
    return [elem for (k, order, elem) in result]

