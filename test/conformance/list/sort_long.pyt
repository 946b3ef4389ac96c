# test sorting lists longer than 64 (merge path): ints, floats with -0.0/0.0/inf, strs with astral characters, mixed int/float/bool, tuples, keys and reverse, stability
import random
random.seed(5)
ints = [random.randint(-50, 50) for _ in range(300)]
print(sorted(ints)[:10], sorted(ints)[-5:], sorted(ints) == sorted(ints, key=lambda v: v))
print(sorted(ints, reverse=True)[:8])
# stability: equal keys keep their order, reversed or not
pairs = [(random.randint(0, 5), i) for i in range(200)]
by_first = sorted(pairs, key=lambda p: p[0])
print(all(by_first[i][1] < by_first[i + 1][1] for i in range(199) if by_first[i][0] == by_first[i + 1][0]))
rev = sorted(pairs, key=lambda p: p[0], reverse=True)
print(all(rev[i][1] < rev[i + 1][1] for i in range(199) if rev[i][0] == rev[i + 1][0]), rev[:3])
floats = [random.uniform(-1, 1) for _ in range(100)] + [0.0, -0.0, float("inf"), float("-inf"), -0.0, 0.0]
fs = sorted(floats)
print(fs[:2], fs[-2:], [repr(x) for x in fs if x == 0])
strs = ["b" + chr(0x1F600), "b" + chr(0xFF5E), "a", "", "B", "ba"] * 12 + [str(i) for i in range(30)]
print(sorted(strs)[:8], sorted(strs)[-4:])
mixed = [1, 2.5, True, 0, -1.5, False, 3] * 12
print(sorted(mixed)[:10], sorted(mixed)[-3:])
tuples = [(i % 7, -i) for i in range(100)]
print(sorted(tuples)[:4], sorted(tuples, key=lambda t: (t[1], t[0]))[:3])
words = ["pear", "Apple", "fig", "banana", "kiwi", "Cherry"] * 15
print(sorted(words, key=str.lower)[:7])
lst = list(range(100, 0, -1)); lst.sort(); print(lst[:5], lst[-3:])
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return self.v < other.v
    def __repr__(self): return f"K({self.v})"
ks = [K(random.randint(0, 9)) for _ in range(80)]
print(sorted(ks)[:5], sorted(ks)[-2:])
try:
    sorted([1, "x"] * 40)
except TypeError as e:
    print("TypeError:", e)
