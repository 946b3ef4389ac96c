# int/float/bool constructors and methods
print(int("42"), int(" -7 "), int("ff", 16), int("0b101", 0), int("1_000"), int(3.99), int(-3.99), int(True), int(), int("z", 36))
print(float("1.5"), float(" -2 "), float("inf"), float("-inf"), float("nan"), float(3), float(), float("1e-3"), float(True))
print(bool(0), bool(1), bool(""), bool("a"), bool([]), bool([0]), bool(None), bool(0.0), bool())
print((255).bit_length(), (-1).bit_length(), (0).bit_length(), (10).bit_count(), (7).as_integer_ratio(), (2.5).as_integer_ratio(), (0.1).as_integer_ratio())
print((3.0).is_integer(), (3.5).is_integer(), (1.5).hex(), float.fromhex("0x1.8p1"), (5).real, (5).imag, (5).numerator, (5).denominator, (2.5).real)
for bad in [lambda: int("x"), lambda: int("12", 2), lambda: float("abc"), lambda: int([1]), lambda: float([1]), lambda: int(float("inf")), lambda: int(float("nan")), lambda: int("5", 1)]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(type(1), type(1.0), type(True), isinstance(True, int), issubclass(bool, int), True + True, 2 ** 100, -2 ** 63)
print(format(1234.5, ",.1f"), format(42, "x"), format(True), format(3, "b"), 1e16, 1.0, 0.1 + 0.2, 1 / 3, -0.0, 2.5e-7)
