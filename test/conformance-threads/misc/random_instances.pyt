# test random.Random instances (own seeded generators, in threads too) and the expovariate/triangular/normalvariate/... distributions
import random
random.seed(7)
print(random.random(), random.randint(1, 6), random.expovariate(2.0), random.triangular(0, 10, 3))
print(random.normalvariate(0, 1), random.lognormvariate(0, 0.5), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.triangular(), random.triangular(5, 5), random.choice([1, 2, 3]), random.gauss(10, 2))
r1 = random.Random(42)
r2 = random.Random(42)
print(r1.random() == r2.random(), r1.randint(1, 100), r2.randint(1, 100), r1.choice("abc"), r1.sample(range(10), 3))
r3 = random.Random()
r3.seed(5)
random.seed(5)
print(r3.random() == random.random(), type(r1).__name__, isinstance(r1, random.Random))
l = list(range(6)); r1.shuffle(l); print(l, r1.uniform(1, 2), r1.expovariate(1))
import threading
out = []
def worker(seed):
    rng = random.Random(seed)
    out.append((seed, [rng.randint(1, 9) for _ in range(3)]))
ts = [threading.Thread(target=worker, args=(s,)) for s in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out))
