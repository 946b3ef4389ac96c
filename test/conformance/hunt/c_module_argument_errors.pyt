# test hunt: heapq/bisect/operator/collections argument errors as CPython's C functions; deque.index with negative start/stop; Counter.most_common through heapq.nlargest
import heapq, bisect, operator, collections
tests = [lambda: heapq.heappush(5, 1), lambda: heapq.heappop(5), lambda: heapq.heapify((1, 2)), lambda: heapq.heappush([]), lambda: heapq.heapreplace([], 1),
         lambda: heapq.nlargest("x", [1]), lambda: heapq.heappushpop(5, 1), lambda: bisect.bisect([1], 1, lo=-1), lambda: bisect.bisect(5, 1), lambda: bisect.insort((1,), 2),
         lambda: bisect.bisect_left([1, 2], 1, hi="x"), lambda: operator.itemgetter(), lambda: operator.attrgetter(1), lambda: operator.attrgetter("a")(5),
         lambda: operator.itemgetter(5)([1]), lambda: operator.methodcaller(), lambda: operator.add(1), lambda: operator.index(1.5), lambda: operator.length_hint(5, "x"),
         lambda: collections.deque(maxlen=-1), lambda: collections.deque(5), lambda: collections.deque([1])[5], lambda: collections.deque([1])["a"],
         lambda: collections.deque([1]).rotate("x"), lambda: collections.deque().extend(5), lambda: collections.deque([1]) + [2], lambda: collections.deque([1]) < [1],
         lambda: collections.defaultdict(5), lambda: collections.Counter(5), lambda: collections.Counter().most_common("x"), lambda: collections.OrderedDict(5),
         lambda: collections.namedtuple("P", 5), lambda: collections.ChainMap({}).pop("x"), lambda: collections.deque([1]).index(1, "a"), lambda: hash(collections.deque())]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
d = collections.deque([1, 2, 3, 2, 1])
print(d.index(2), d.index(2, 2), d.index(1, -1), d.index(3, -10), d.index(2, 0, -1), d.index(1, 1, 100))
for args in [(3, 3), (2, 4, 2), (1, 1, -1)]:
    try:
        print(d.index(*args))
    except ValueError as e:
        print(e)
c = collections.Counter("abracadabra")
print(c.most_common(2), c.most_common(0), c.most_common(-1), c.most_common(100)[:2], collections.Counter().most_common(1))
d.rotate(True)
print(d)
