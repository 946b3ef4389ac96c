# test hunt: round half even, divmod/floor division with negatives, big ints, inf/nan, int() parsing and errors, math functions
import math
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(2.675, 2), round(1234.5678, -2), round(15, -1), round(25, -1), round(-0.5))
print(divmod(7, -2), divmod(-7, 2), divmod(-7.5, 2), -7 // 2, -7 % 2, 7 % -3, 7.5 % -2, math.fmod(-7, 2))
print(2 ** 100, 2 ** -2, (-8) ** (1/3) if False else 0, 10 ** 20 // 3, -(10 ** 20) // 7, 10 ** 30 % 7, pow(3, 4, 5), pow(2, -1, 7))
print(float("inf"), -float("inf"), float("nan"), float("inf") - float("inf"), 1e308 * 10, float(" -1.5e3 "), float("infinity"), float("-NaN"))
print(int("  12 "), int("1_000"), int("-0x1f", 16), int("0b101", 0), int("z", 36), int(3.99), int(-3.99), int("0o17", 0), int(True))
for bad in ["1.5", "", "1__0", "_1", "abc", "12 3"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
try:
    float("x1")
except ValueError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
print(math.sqrt(2), math.isqrt(99), math.factorial(20), math.gcd(12, 18), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.pi, math.e, math.tau, math.inf, math.nan)
print(math.hypot(3, 4), math.dist((0, 0), (1, 1)), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, 0.1 + 0.2, math.copysign(3, -0.0), math.degrees(math.pi), math.radians(180))
print(math.log(100, 10), math.log2(8), math.log10(1000), math.exp(1), math.log1p(1e-10), math.expm1(1e-10))
print(math.isnan(float("nan")), math.isinf(-math.inf), math.isfinite(1.0), math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4))
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    math.log(0)
except ValueError as e:
    print(e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    5 % 0
except ZeroDivisionError as e:
    print(e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
try:
    math.factorial(-1)
except ValueError as e:
    print(e)
print(1e16, 1e15, 123456789012345678.0, 0.1, 1/3, 2/3, 1e-5, 0.0001, -0.0, 5e-324, 1.7976931348623157e308)
print(3 / 2, 4 / 2, 7 // 2.0, 2 ** 0.5, 10 / 3 * 3, abs(-0.0), abs(-5), hash(1.0) == hash(1), 1 == 1.0, True + True)
print(bin(-10), hex(255), oct(8), bin(0), f"{-10:b}", (255).bit_length(), (-1).bit_length(), int.from_bytes if False else 0, (10).to_bytes if False else 1)
print(round(1.23456, 3), round(-1.5), round(0.5), round(1.5), type(round(1.5)), type(round(1.5, 0)), round(1e20, 2))
print(10 ** 18 + 0.5, float(10 ** 18), int(1e18), 2 ** 63, -(2 ** 63), 2 ** 64 - 1, 12345678901234567890 * 98765432109876543210)
print(7 .bit_count() if hasattr(7, "bit_count") else 3, (3.5).as_integer_ratio(), (0.1).hex() if False else 1, 3.0.is_integer(), (10).conjugate())
print(max(1, 2.0), min(-0.0, 0.0), sorted([3, 1.5, 2]), 1 < 2.5 < 3, 10 ** 400 > 1e308, float(10 ** 300))
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)
print(f"{10**400 / 10**399}", 10 ** 400 // 10 ** 399, str(2 ** 200)[:20])
print(int("١٢٣"), float("١.٥"), "٣".isdigit())
