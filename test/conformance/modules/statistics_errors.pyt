# test statistics: errors (StatisticsError messages, TypeError), empty/one-point data, NaN and inf, iterators, subclasses and IntEnum, weights
import statistics as st
from enum import IntEnum
nan = float("nan"); inf = float("inf")
class F(float): pass
class G(float): pass
class I(int): pass
class Color(IntEnum):
    RED = 1
    GREEN = 2
    BLUE = 3
def show(name, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(name, repr(r), type(r).__name__)
    except Exception as e:
        print(name, "!!", type(e).__name__, e)
cases = [[], [1], ["a", "b"], [1, nan], [inf, 1], [inf, -inf], [nan], [0, 1, 2], [-1, 2, 3], [0.0, 3.0],
         [F(1.5), 2], [I(2), I(4)], [I(2), 3], [Color.RED, Color.BLUE], [Color.GREEN, Color.GREEN],
         [1, "2"], [[1], [2]], "aabbbc", [3, 1, 3, 1], iter([1, 2, 3, 4]), (x for x in [2.5, 3.5, 9]), range(7),
         {3: 'a', 1: 'b'}, [1, True], [-2.0, -8.0]]
names = ["mean", "fmean", "median", "median_low", "median_high", "median_grouped", "mode", "multimode",
         "pvariance", "variance", "pstdev", "stdev", "geometric_mean", "harmonic_mean", "quantiles"]
for d in cases:
    print("--", d if isinstance(d, list) else type(d).__name__)
    for name in names:
        arg = list(d) if not isinstance(d, (list, str, dict, range)) else d
        show(name, getattr(st, name), arg)
show("q n0", st.quantiles, [1, 2], n=0)
show("q bad", st.quantiles, [1, 2], method="x")
show("q pos", st.quantiles, [1, 2, 3], 4)
show("hm neg w", st.harmonic_mean, [1, 2], weights=[1, -1])
show("hm wlen", st.harmonic_mean, [1, 2], weights=[1])
show("hm w0", st.harmonic_mean, [1, 2], weights=[0, 0])
show("hm 0", st.harmonic_mean, [1, 0, -1])
show("hm neg first", st.harmonic_mean, [1, -1, 0])
show("hm 1 str", st.harmonic_mean, ["x"])
show("hm 1 neg", st.harmonic_mean, [-3])
show("hm it", st.harmonic_mean, iter([40, 60]))
show("fm w len", st.fmean, [1, 2, 3], weights=[1, 2])
show("fm w0", st.fmean, [1, 2], weights=[1, -1])
show("fm it w", st.fmean, iter([1, 2, 3]), weights=[1, 2, 3])
show("fm it w short", st.fmean, iter([1, 2, 3]), weights=[1, 2])
show("fm str", st.fmean, ["a"])
show("mg interval", st.median_grouped, [52, 52, 53, 54], 2)
show("mg str", st.median_grouped, ["a", "b"])
show("mg str interval", st.median_grouped, [1, 2], "x")
show("cov len", st.covariance, [1, 2], [1])
show("cov 1", st.covariance, [1], [1])
show("corr const", st.correlation, [1, 2, 3], [5, 5, 5])
show("lr const", st.linear_regression, [1, 1], [2, 3])
show("lr len", st.linear_regression, [1, 1], [2])
show("var xbar", st.variance, [1, 2, 3, 4], 2.5)
show("pstdev mu", st.pstdev, [1, 2, 3, 4], 2)
show("stdev nan", st.stdev, [1.0, nan])
show("var F", st.variance, [F(1.5), F(2.5), 3])
show("var int", st.variance, [1, 2, 3, 4, 5])
show("pvar int", st.pvariance, [1, 3, 5])
show("mean I", st.mean, [I(1), I(3)])
print(st.StatisticsError.__mro__, st.StatisticsError.__module__)
print(st.LinearRegression(1, 2), st.linear_regression([1, 2, 3], [2, 4, 7]).slope)
try:
    st.mean([])
except ValueError as e:
    print("caught as ValueError:", repr(e))
