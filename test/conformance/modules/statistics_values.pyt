# test statistics: every function on ints, floats, mixed and random data sets, to the last digit
import statistics as st
import random
data_sets = [
    [1, 2, 3, 4, 4],
    [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5],
    [1, 2.5, 3, 4.25],
    [True, False, True],
    [10**20, 1, -10**20],
    [1e50, 1, -1e50] * 10,
    [0.1] * 10,
    [3],
    [5, 5],
    [-1.5, 2, 7.25, 1e-300, 1e300],
    list(range(100)),
]
random.seed(7)
for k in range(12):
    data_sets.append([random.random() * random.choice([1, 10, 1000, 1e-5]) for _ in range(random.randint(2, 40))])
    data_sets.append([random.randint(-1000, 10**random.randint(1, 30)) for _ in range(random.randint(2, 20))])
    data_sets.append([random.choice([random.randint(-50, 50), random.uniform(-50, 50)]) for _ in range(random.randint(2, 20))])
def show(name, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(name, repr(r), type(r).__name__)
    except Exception as e:
        print(name, "!!", type(e).__name__, e)
for d in data_sets:
    print("--", d[:4], len(d))
    for name in ["mean", "fmean", "median", "median_low", "median_high", "median_grouped", "mode", "multimode",
                 "pvariance", "variance", "pstdev", "stdev", "geometric_mean", "harmonic_mean"]:
        show(name, getattr(st, name), d)
    show("quantiles", st.quantiles, d)
    show("quantiles10i", st.quantiles, d, n=10, method="inclusive")
    show("variance xbar", st.variance, d, 1)
    show("pvariance mu", st.pvariance, d, 0.5)
    show("hmean w", st.harmonic_mean, d, weights=list(range(1, len(d) + 1)))
    show("fmean w", st.fmean, d, weights=list(range(1, len(d) + 1)))
    show("cov", st.covariance, d, d[::-1])
    show("corr", st.correlation, d, [x * x for x in d])
    show("lr", st.linear_regression, d, [2 * x + 1 for x in d])
    show("lrp", st.linear_regression, d, [2 * x + 1 for x in d], proportional=True)
