# test math.erf, erfc, gamma, lgamma, remainder, ulp and nextafter, with CPython 3.11's errors
import math
print([math.erf(x / 4) for x in range(-12, 13)])
print([math.erfc(x / 4) for x in range(-12, 13)], math.erf(30.0), math.erfc(-30.0), math.erfc(30.0))
print([math.gamma(x / 2) for x in range(1, 30)], math.gamma(-2.5), math.gamma(171.5), math.gamma(-150.5))
print([math.lgamma(x / 3) for x in range(1, 30)], math.lgamma(-2.5), math.lgamma(1e300), math.lgamma(float("-inf")))
print(math.remainder(10, 3), math.remainder(5, 2), math.remainder(7, 2), math.remainder(-5, 2), math.remainder(2.5, 1), math.remainder(3, float("inf")))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(1e300), math.ulp(-5.0), math.ulp(float("inf")))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.nextafter(3.0, 3.0))
for f, args in [(math.gamma, (0,)), (math.gamma, (-3,)), (math.gamma, (200,)), (math.gamma, (float("-inf"),)), (math.lgamma, (0,)),
                (math.lgamma, (-4,)), (math.remainder, (1, 0)), (math.remainder, (float("inf"), 2)), (math.erf, ("x",))]:
    try:
        print(f.__name__, args, f(*args))
    except (ValueError, OverflowError, TypeError) as e:
        print(f.__name__, args, type(e).__name__, e)
print(math.gamma(float("inf")), math.gamma(float("nan")), math.erf(float("nan")), math.erf(float("-inf")), math.erfc(float("-inf")))
