# test itertools: every iterator's results, laziness (islice of count, what islice consumes), reprs, groupby's stale groups, tee, and CPython's argument errors
import itertools as it
from itertools import count, islice, chain, cycle, repeat
print(repr(count()), repr(count(3)), repr(count(1.5, 2)), repr(count(3, 1)), repr(count(3, -1)), repr(count(step=2)), repr(repeat(1)), repr(repeat('a', 3)), repr(count(3, 1.0)))
c = count(); next(c); print(repr(c))
r = repeat(1, 2); next(r); print(repr(r), r.__length_hint__(), repr(repeat(0, -5)))
print(list(islice(count(), 5)), list(islice(count(10, -3), 4)), list(islice(count(0.5, 0.25), 3)))
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)), list(islice('abcdefg', 0, None, 2)), list(islice('abc', None)))
src = iter(range(10))
print(list(islice(src, 0, 5, 2)), next(src))
print(list(islice(cycle('ab'), 5)), list(cycle([])), list(repeat('x', 3)), list(islice(repeat(7), 2)))
print(list(chain('ab', [1, 2], ())), list(chain()), list(chain.from_iterable(['ab', 'cd'])), list(chain.from_iterable(islice(count(), 0))))
print(list(it.product('ab', [0, 1])), list(it.product([1, 2], repeat=2)), list(it.product()), list(it.product([1], [])))
print(list(it.permutations('abc')), list(it.permutations(range(3), 2)), list(it.permutations([], 0)), list(it.permutations([1, 2], 3)))
print(list(it.combinations('abcd', 2)), list(it.combinations([], 0)), list(it.combinations([1, 2], 3)), list(it.combinations_with_replacement('ab', 2)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], initial=10)), list(it.accumulate([], initial=1)), list(it.accumulate([3, 1, 2], max)), list(it.accumulate([])), list(it.accumulate([1,2,3], lambda a, b: a * b)))
print([(k, list(g)) for k, g in it.groupby('aaabccdaa')])
print([(k, list(g)) for k, g in it.groupby([1, 2, 3, 4, 6, 7], key=lambda x: x // 3)])
groups = list(it.groupby('aabb'))
print([(k, list(g)) for k, g in groups])
g = it.groupby('aaabbb'); k1, g1 = next(g); print(k1, next(g1)); k2, g2 = next(g); print(k2, list(g1), list(g2))
print(list(it.zip_longest('abc', [1])), list(it.zip_longest('ab', 'xyz', fillvalue='-')), list(it.zip_longest()))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.starmap(lambda *a: a, ['ab', [1]])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(bool, [])))
print(list(it.filterfalse(None, [0, 1, '', 'a'])), list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(it.pairwise('abcd')), list(it.pairwise('a')))
a, b = it.tee(iter([1, 2, 3]))
print(next(a), next(a), list(b), list(a), it.tee([1], 0), len(it.tee('ab', 3)))
a, b = it.tee(count()); print(list(islice(a, 3)), list(islice(b, 2)))
print(isinstance(count(), count), type(chain()).__name__, type(it.groupby('')).__name__, str(type(islice('', 1)))[:30])
evens = it.filterfalse(lambda x: x % 2, count()); print(next(evens), next(evens), next(evens))
print(sum(islice(count(1), 100)), list(zip(count(1), 'abc')), dict(zip('ab', count())))
for f in [lambda: count('a'), lambda: islice([1], -1), lambda: islice([1], 'a'), lambda: islice([1]), lambda: islice([1], 1, 2, 0),
          lambda: islice(1, 2), lambda: list(chain(1)), lambda: cycle(1), lambda: repeat(), lambda: it.product(1),
          lambda: it.permutations([1], -1), lambda: it.combinations([1]), lambda: it.combinations([1], -1), lambda: it.accumulate(1),
          lambda: it.groupby(1), lambda: it.zip_longest(1), lambda: it.starmap(len), lambda: list(it.starmap(len, [1])),
          lambda: it.takewhile(len), lambda: it.tee(1), lambda: it.tee([1], -1), lambda: count(1, 2, 3), lambda: islice([], 1, 2, 3, 4),
          lambda: it.zip_longest([1], fillvalue=1, x=2), lambda: islice([1], None, -1), lambda: repeat(1, 'a'), lambda: count(x=1),
          lambda: islice([1], -2), lambda: islice([1], 'a', 2), lambda: islice([1], -1, 2), lambda: islice([1], 1, 2, 'x'),
          lambda: chain(x=1), lambda: cycle(), lambda: cycle([1], [2]), lambda: repeat(1, 2, 3), lambda: it.permutations(),
          lambda: it.product([1], repeat=-1), lambda: it.accumulate(), lambda: it.groupby(), lambda: it.takewhile(len, [1], 2),
          lambda: it.pairwise(1), lambda: count(1, 'a'), lambda: it.permutations([1], 'a'), lambda: it.combinations([1], 'a'),
          lambda: it.product([1], foo=1), lambda: next(count(None))]:
    try:
        f()
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
