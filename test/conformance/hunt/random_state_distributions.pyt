# test hunt: random.getstate/setstate, gammavariate, betavariate, vonmisesvariate, the module constants, 'Random' in messages
import random
random.seed(2024)
print([round(random.gammavariate(a, 2.0), 12) for a in (0.5, 1.0, 3.7)])
print([round(random.betavariate(a, b), 12) for a, b in ((2, 3), (0.5, 0.5), (1, 1))])
print(round(random.vonmisesvariate(1.0, 4.0), 12), round(random.vonmisesvariate(0, 0), 12))
s = random.getstate()
print(type(s).__name__, len(s), s[0], len(s[1]), s[1][-1], s[2])
random.gauss(0, 1)
s2 = random.getstate()
print(s2[2] is not None)
a = [random.random() for _ in range(3)], random.gauss(5, 1)
random.setstate(s2)
b = [random.random() for _ in range(3)], random.gauss(5, 1)
print(a == b)
random.setstate(s)
print(random.random() == s and 1 or "restored", random.getstate()[1][:3] == s[1][:3])
r = random.Random(5)
st = r.getstate()
x = [r.randint(1, 100) for _ in range(5)]
r.setstate(st)
print(x == [r.randint(1, 100) for _ in range(5)], x)
for bad in [5, (2, (1,) * 3, None), (3, (1,) * 3, None), (3, [1] * 625, None), (3, (0,) * 624 + (700,), None)]:
    try:
        random.setstate(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    random.gammavariate(0, 1)
except ValueError as e:
    print(e)
try:
    r.nope
except AttributeError as e:
    print(e)
print(random.TWOPI, random.LOG4, random.SG_MAGICCONST, random.NV_MAGICCONST, random.BPF, random.RECIP_BPF)
random.seed(42)
print(random.random(), random.randint(1, 10), random.choice("abcdef"), random.uniform(1, 2))
print(random.sample(range(100), 5), random.randrange(0, 100, 5), random.gauss(0, 1))
l = list(range(10))
random.shuffle(l)
print(l, random.choices("abc", k=5), random.choices("abc", weights=[1, 0, 5], k=4))
random.seed("hello")
print(random.random(), random.getrandbits(16), random.normalvariate(10, 2), random.triangular(0, 10))
r = random.Random(7)
print(r.randint(0, 1000), r.choice([1, 2, 3]), r.expovariate(1.5), r.betavariate(2, 3))
try:
    random.choice([])
except IndexError as e:
    print(e)
try:
    random.randint(5, 1)
except ValueError as e:
    print(e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print(e)
random.seed(0)
print([random.randint(1, 6) for _ in range(10)])
print(random.sample(["x", "y", "z"], k=3), random.randrange(10))
random.seed(123)
print(round(random.gauss(100, 15), 3), random.shuffle([1]), random.choice(range(1000)))
