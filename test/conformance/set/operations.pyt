# test sets of ints: add, discard, remove, union, intersection, difference, symmetric difference
s = {3, 1, 2}
s.add(4); s.add(1); print(s, len(s))
s.discard(10); s.discard(4); print(s)
s.remove(3); print(s)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < {1, 2}, a >= {1}, a.issubset(b), {5}.issuperset(set()), a.isdisjoint({9}))
print(set(), set([1, 1, 2]), set(range(3)), {0} == {False})
c = a.copy(); c.update([10, 11]); c -= {1}; c |= {12}; print(c)
print(sorted({"b", "a", "c"}), 2 in a, 9 not in a)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    {[1]}
except TypeError as e:
    print(e)
fs = frozenset([1, 2])
print(fs, fs | {3}, len(fs))
print(s.pop() in {1, 2}, s.clear(), s)
