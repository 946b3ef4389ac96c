# test itertools, functools, operator, heapq, bisect, copy, random, math and string odds and ends against CPython
import itertools, functools, operator, heapq, bisect, copy, random, math, string
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
attempt("tee", lambda: [list(t) for t in itertools.tee([1, 2, 3], 2)])
attempt("groupby key", lambda: [(k, list(g)) for k, g in itertools.groupby([1, 2, 4, 5, 7], key=lambda x: x // 3)])
g = itertools.groupby("aabb"); k1, g1 = next(g); k2, g2 = next(g)
attempt("groupby consumed", lambda: (list(g1), list(g2)))
attempt("islice args", lambda: list(itertools.islice(range(10), 2, 8, 3)))
attempt("islice bad", lambda: itertools.islice(range(3), 'a'))
attempt("product repeat", lambda: list(itertools.product([0, 1], repeat=0)))
attempt("combinations r>n", lambda: list(itertools.combinations([1, 2], 3)))
attempt("permutations neg", lambda: list(itertools.permutations([1, 2], -1)))
attempt("accumulate init", lambda: list(itertools.accumulate([1, 2, 3], operator.mul, initial=10)))
attempt("chain.from_iterable", lambda: list(itertools.chain.from_iterable(["ab", "c"])))
attempt("cycle", lambda: list(itertools.islice(itertools.cycle("ab"), 5)))
attempt("count float", lambda: list(itertools.islice(itertools.count(0.5, 0.25), 3)))
attempt("repr count", lambda: repr(itertools.count(5)) + repr(itertools.count(1.5, 2)) + repr(itertools.repeat('x', 2)))
attempt("zip_longest", lambda: list(itertools.zip_longest([1], [2, 3], [4, 5, 6])))
attempt("starmap", lambda: list(itertools.starmap(max, [(1, 5), (7, 2)])))
attempt("filterfalse", lambda: list(itertools.filterfalse(None, [0, 1, '', 'a'])))
attempt("dropwhile", lambda: list(itertools.dropwhile(lambda x: x < 3, [1, 4, 1])))
attempt("comb_w_r", lambda: list(itertools.combinations_with_replacement('ab', 2)))
@functools.lru_cache(maxsize=2)
def sq(x): return x * x
sq(1); sq(2); sq(1); sq(3)
attempt("cache_info", lambda: sq.cache_info())
sq.cache_clear()
attempt("cache_info2", lambda: sq.cache_info())
attempt("lru typed", lambda: functools.lru_cache(typed=True)(lambda x: x).cache_parameters())
@functools.cache
def fact(n): return 1 if n < 2 else n * fact(n - 1)
attempt("cache", lambda: (fact(10), fact.cache_info()))
attempt("partial repr", lambda: repr(functools.partial(int, base=2)))
attempt("partial call", lambda: functools.partial(int, base=2)("101"))
attempt("partial attrs", lambda: (functools.partial(max, 1).func, functools.partial(max, 1).args, functools.partial(max, k=1).keywords))
attempt("reduce empty", lambda: functools.reduce(operator.add, []))
attempt("reduce init", lambda: functools.reduce(lambda a, b: a * b, [1, 2, 3], 10))
attempt("cmp_to_key", lambda: sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def documented(x):
    "Docstring here."
    return x
attempt("wraps", lambda: (documented.__name__, documented.__doc__, documented.__qualname__, documented.__wrapped__.__name__))
attempt("itemgetter", lambda: (operator.itemgetter(1)([5, 6]), operator.itemgetter('a', 'b')({'a': 1, 'b': 2}), repr(operator.itemgetter(1))))
attempt("attrgetter", lambda: (operator.attrgetter('real', 'imag')(3), repr(operator.attrgetter('a.b'))))
attempt("methodcaller", lambda: (operator.methodcaller('split', ',')('a,b'), repr(operator.methodcaller('f', 1, k=2))))
attempt("operator funcs", lambda: (operator.mul(3, 4), operator.neg(5), operator.not_(0), operator.contains([1], 1), operator.getitem('ab', 1), operator.concat([1], [2]), operator.truediv(1, 4), operator.pow(2, 3)))
h = []
for x in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z')]: heapq.heappush(h, x)
attempt("heap", lambda: (h, heapq.heappop(h), heapq.heappushpop(h, (0, 'q')), heapq.heapreplace(h, (9, 'n')), h))
attempt("nlargest key", lambda: heapq.nlargest(2, ['aaa', 'b', 'cc'], key=len))
attempt("merge", lambda: list(heapq.merge([1, 4], [2, 3], [0])))
attempt("bisect key", lambda: bisect.bisect_left([(1, 'a'), (3, 'b')], 2, key=lambda t: t[0]))
l = [1, 3]; bisect.insort_left(l, 2); bisect.insort_right(l, 3)
attempt("insort", lambda: l)
attempt("bisect bad lo", lambda: bisect.bisect([1], 1, -1))
class Rec: pass
r = Rec(); r.self = r; r.items = [r]
c = copy.deepcopy(r)
attempt("deepcopy rec", lambda: (c.self is c, c.items[0] is c, c is not r))
attempt("copy list", lambda: (copy.copy([1, [2]])[1] is not None))
random.seed(42)
attempt("random stuff", lambda: (random.sample(range(10), 3), random.choices([1, 2, 3], weights=[1, 0, 5], k=5), random.randrange(10, 20, 3), random.triangular(0, 1)))
attempt("sample big", lambda: random.sample([1, 2], 3))
attempt("choices bad", lambda: random.choices([1, 2], weights=[1], k=2))
attempt("random shuffle tuple", lambda: random.shuffle((1, 2)))
attempt("math comb", lambda: (math.comb(5, 7), math.perm(5), math.isqrt(10**40)))
attempt("math comb neg", lambda: math.comb(-1, 2))
attempt("math gcd none", lambda: (math.gcd(), math.lcm(), math.gcd(0, 0)))
attempt("math fsum", lambda: (math.fsum([1e100, 1, -1e100]), sum([1e100, 1, -1e100])))
attempt("math log big", lambda: (math.log(10**400), math.log2(2**1000), math.sqrt(10**400)))
attempt("math floor big", lambda: (math.floor(1e300) == 10**300, type(math.ceil(2.0))))
attempt("template", lambda: string.Template("$who likes ${what}s $$").substitute(who="tim", what="kung pao"))
attempt("template err", lambda: string.Template("$who $").substitute(who=1))
attempt("template key", lambda: string.Template("$who").substitute({}))
