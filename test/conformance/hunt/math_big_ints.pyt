# test hunt: math functions on ints past float range (isqrt of 10**400 was a RecursionError), domain and range errors
import math
for f in [lambda: math.exp(1000), lambda: math.sqrt(10 ** 400), lambda: math.log(10 ** 400), lambda: math.log10(10 ** 500), lambda: math.log2(2 ** 2000),
          lambda: math.log(2 ** 1100, 2), lambda: math.floor(10 ** 400), lambda: math.isqrt(10 ** 400) == 10 ** 200, lambda: math.pow(10, 400), lambda: 10 ** 400 / 10 ** 399,
          lambda: math.log(0.0), lambda: math.log(-1), lambda: math.acos(2), lambda: math.factorial(3.0), lambda: math.gcd(2.0, 4), lambda: math.comb(5, 7), lambda: math.perm(5),
          lambda: math.hypot(*range(5)), lambda: math.dist([1], [1, 2]), lambda: math.prod(["a", 2]), lambda: math.fsum(["a"]), lambda: math.trunc(1e300), lambda: math.ceil(float("inf")),
          lambda: math.ldexp(1.0, 5000), lambda: math.frexp(0.0), lambda: math.copysign(1, float("nan")), lambda: math.remainder(10, 3), lambda: math.nextafter(1.0, 2.0), lambda: math.ulp(1.0)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for n in [10 ** 400, 2 ** 2048 - 1, 2 ** 2048, 3 ** 1000, 10 ** 5000 + 12345, 2 ** 1023, 2 ** 1030 + 7]:
    r = math.isqrt(n)
    print(r * r <= n < (r + 1) ** 2, r % 1000003)
