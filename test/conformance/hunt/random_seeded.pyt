# test hunt: random with seeds: random, randint, choice, sample, shuffle, choices with weights, gauss, Random instances
import random
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
st = random.getstate()
a = random.random()
random.setstate(st)
print(a == random.random())
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
