# test hunt: math.floor/ceil/trunc, round, abs, divmod, pow through dunders; int/float __floor__/__ceil__/__getnewargs__; trunc's TypeError; rounding and float edges
import math
class N:
    def __init__(self, v): self.v = v
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __trunc__(self): return "trunc"
    def __round__(self, nd=None): return f"round{nd}"
    def __abs__(self): return "abs"
    def __divmod__(self, o): return ("dm", o)
    def __rdivmod__(self, o): return ("rdm", o)
    def __pow__(self, e, m=None): return ("pow", e, m)
    def __index__(self): return 3
    def __float__(self): return 2.5
print(math.floor(N(1)), math.ceil(N(1)), math.trunc(N(1)), round(N(1)), round(N(1), 2), abs(N(1)), divmod(N(1), 2), divmod(2, N(1)), pow(N(1), 2, 5), N(1) ** 3)
print(math.floor(2.5), math.ceil(-2.5), math.trunc(-2.5), (2.5).__floor__() if hasattr(2.5, "__floor__") else "x", (7).__ceil__() if hasattr(7, "__ceil__") else "x")
print(math.sqrt(N(1)), math.isqrt(N(1)), math.factorial(N(1)), math.gcd(N(1), 6), [0, 1, 2, 3, 4][N(1)], range(10)[N(1)], math.log(N(1)))
class NoFloor:
    pass
for f in [math.floor, math.ceil, math.trunc, round, abs, math.sqrt]:
    try:
        f(NoFloor())
    except TypeError as e:
        print(e)
print(math.floor(True), math.ceil(10**20 + 0.5), math.floor(-0.0), math.fsum([1e100, 1, -1e100]), math.prod([]), math.prod(range(1, 6), start=2))
print(round(2.675, 2), round(-0.5), round(0.5), round(1e16 + 1), round(12345, -2), round(-12355, -1), round(2**60 + 1, -1), round(5, 0), type(round(5.0)))
print(int(2.9999999999999999), int(-1e-300), float(2 ** 53 + 1), 2 ** 53 + 1.0 == 2 ** 53, 0.1 * 3, 1 / 3 * 3, 1e300 * 1e10, -1e300 * 1e10, 5 // -2.0, -5 % 3.0)
print((2.5).__floor__(), (-2.5).__ceil__(), (7).__floor__(), True.__ceil__(), (3).__getnewargs__(), (1.5).__getnewargs__(), [n for n in dir(1) if n in ("__floor__", "__ceil__")])
for bad in (float("inf"), float("nan")):
    try:
        bad.__floor__()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
