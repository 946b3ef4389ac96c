# test statistics.NormalDist: cdf, pdf, inv_cdf, quantiles, overlap, arithmetic, from_samples, seeded samples, errors
from statistics import NormalDist, StatisticsError
import statistics
def show(name, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(name, repr(r))
    except Exception as e:
        print(name, "!!", type(e).__name__, e)
n = NormalDist(100, 15)
print(n, n.mean, n.median, n.mode, n.stdev, n.variance)
for p in [0.001, 0.01, 0.1, 0.25, 0.5, 0.6, 0.9, 0.99, 0.999, 1e-10, 1 - 1e-10, 1e-300]:
    show("inv_cdf %r" % p, n.inv_cdf, p)
for x in [-50, 0, 85, 100, 115.5, 200, 1e6]:
    show("cdf", n.cdf, x); show("pdf", n.pdf, x); show("z", n.zscore, x)
print(n.quantiles(), NormalDist().quantiles(10))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), NormalDist(1, 2).overlap(NormalDist(5, 2)))
print(n + 5, n - NormalDist(1, 2), n * -2, n / 4, 3 - n, -n, +n, 2 * n, NormalDist(1, 1) == NormalDist(1.0, 1), n == 1)
print(hash(NormalDist(1, 2)) == hash(NormalDist(1.0, 2.0)))
s = NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
print(s)
print(NormalDist(0, 1).samples(5, seed=42))
print(NormalDist(10, 2).samples(3, seed="abc"))
show("neg sigma", NormalDist, 1, -1)
z = NormalDist(3, 0)
for m in ["pdf", "cdf", "zscore", "inv_cdf"]:
    show(m, getattr(z, m), 0.5)
show("inv bad", n.inv_cdf, 0)
show("inv bad", n.inv_cdf, 1.5)
show("overlap type", n.overlap, 3)
show("overlap zero", n.overlap, z)
show("from1", NormalDist.from_samples, [1])
show("slots", setattr, n, "x", 1)
print(NormalDist.__slots__ if isinstance(NormalDist.__slots__, dict) else "noslots")
