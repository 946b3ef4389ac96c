# set/frozenset: CPython order, operators, methods, errors
print({3, 1, 2}, set([5, 3, 1, 100, -1]), set(), frozenset(), frozenset({2, 1}), {(1, 2), (3, 4)})
a = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
b = {8, 9, 10, 11, 12}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([20], (30,)), a.intersection(b, {9, 10}), a.difference(b, {1}), a.symmetric_difference([1, 99]))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1} > {1}, {1, 2} == frozenset({2, 1}), {1}.isdisjoint([2]))
print({1, 2}.issubset([1, 2, 5]), {1, 2}.issuperset((1,)))
s = set()
for x in [10, 3, 7, 3, 100, 42, 8, 64, 1000, -5]:
    s.add(x)
print(s, len(s))
s.discard(3); s.remove(10); s.discard(12345)
print(s)
try:
    s.remove(12345)
except KeyError as e:
    print("KeyError", e)
p = {5, 6, 7}
print(p.pop(), p.pop(), p)
try:
    set().pop()
except KeyError as e:
    print(e)
t = {1, 2, 3}
t |= {4}; t &= {1, 2, 4, 9}; t -= {1}; t ^= {2, 5}
print(t)
t.update([7, 8], {9}); t.intersection_update(range(8)); print(t)
t.difference_update([4]); t.symmetric_difference_update({0, 5}); print(t)
c = t.copy(); t.clear(); print(t, c)
try:
    {[1]}
except TypeError as e:
    print(e)
try:
    {1} | [2]
except TypeError as e:
    print(e)
fs = frozenset([1, 2, 3])
print(hash(fs) == hash(frozenset([3, 2, 1])), {fs: "x"}[frozenset({1, 2, 3})], fs | {4}, type(fs & {1}).__name__)
print({1.5, 2.5, 1}, {True, 1, 1.0}, {-1, -2, -3}, set("a"), {0, 8, 16, 24, 32})
print(sorted({"b", "a", "c"}), 2 in {1, 2}, {1, 2} != {1}, len({x % 3 for x in range(10)}))
big = set(range(100)); big -= set(range(0, 100, 3)); print(len(big), list(big)[:10])
try:
    for x in big:
        big.add(x + 1000)
except RuntimeError as e:
    print(e)
