# test hunt: CPython's set iteration order: constant displays folded (negatives, 2 ** 61 - 1) and re-merged as its compiler does, intersection_update/&= taking the new table, intersection from the set itself
import random
random.seed(7)
print({-1, -2, 0, 1, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 63), 10 ** 20, 7, 15, 23, 31})
print({(1, 2), (2, 1), (0, 0), (-1, 5), (3,), (), (1, (2, 3))})
print({1.5, 2.5, 0.1, -0.0, 1e100, float("inf"), 3.0, True, None})
s = set()
for i in range(50):
    s.add(random.randint(-1000, 1000))
print(s)
s2 = set(range(20))
for i in range(0, 20, 3):
    s2.discard(i)
s2 |= {100, 33, 64, 1000}
print(s2, s2.pop(), s2.pop(), s2)
print({x * 8 for x in range(20)}, {x * 32 for x in range(10)} | {1, 2})
print(frozenset({(i, i * i) for i in range(8)}))
d = {}
for k in [5, 3, 9, 1]:
    d[k] = k
del d[3]
d[3] = "again"
d[5] = "updated"
print(d, list(d.items())[0], d.popitem(), d)
print(set("abc") == set("cab"), sorted({"b", "a", "c"}), {1, 2} | {2, 3} & {3, 4}, {1, 2, 3} ^ {2} - {3})
print({i % 7: i for i in range(30)}, dict.fromkeys(range(5, 0, -1)))
s3 = {1, 2, 3}
s3.update(range(100, 120, 7), [3, 4])
s3.intersection_update(range(0, 200))
print(s3, s3.symmetric_difference([1, 999]), s3.union([5], (6,)), s3.difference({1}, {2}))
big = set(range(1000))
for i in range(0, 1000, 2):
    big.remove(i)
print(len(big), list(big)[:10], min(big), max(big))
random.seed(11)
for trial in range(30):
    a = {random.randint(-50, 300) for _ in range(random.randint(0, 40))}
    b = set(random.sample(range(-60, 320), random.randint(0, 30)))
    c = a.copy()
    c &= b
    d = a.copy()
    d.intersection_update(b, range(0, 200, 3))
    e = a.copy()
    e ^= b
    f = a.copy()
    f -= b
    g = a.copy()
    g |= b
    print(a & b, a.intersection(b), a.intersection(), c, d, e, f, g, a | b, a - b, b - a, a ^ b, list(b.intersection(a, range(0, 300, 2))))
print({-1, -2, 0, 1, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 63), 10 ** 20, 7, 15, 23, 31})
print({1, 9, 17, 25, -1, -2, 33, 41}, {1 + 8, 1, 17, 25 - 0, 2 ** 3 + 1 + 32, 41}, {2 ** 200, 1, -1, -2, 9})
