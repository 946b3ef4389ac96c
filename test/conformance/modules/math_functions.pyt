# test math: constants, sqrt, floor/ceil, pow, log family, trig, gcd, factorial, isclose, hypot
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.floor(2.7), math.ceil(2.1), math.floor(-2.7), math.ceil(-2.1))
print(math.pow(2, 10), math.exp(1), math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 10), math.tan(0), math.atan2(1, 1))
print(math.degrees(math.pi), math.radians(180))
print(math.gcd(12, 18), math.gcd(0, 5), math.lcm(4, 6), math.factorial(10), math.factorial(20))
print(math.fabs(-3), math.fsum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3), math.hypot(3, 4))
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1.0), math.copysign(1, -0.0))
print(math.trunc(-3.7), math.modf(3.5), math.comb(5, 2), math.perm(5, 2), math.prod([1, 2, 3, 4]))
print(type(math.floor(2.5)).__name__, math.floor(2 ** 70 + 0.0) == 2 ** 70)
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
