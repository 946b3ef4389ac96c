# test CPython 3.11's 4300-digit limit on int -> str (str, repr, print, f-strings, %d, format) and sys.set/get_int_max_str_digits
import sys
for f in (lambda: "%d" % (10**5000), lambda: format(10**5000, ","), lambda: format(10**5000, "x")[:5], lambda: str(-10**4300), lambda: len(str(10**4299)), lambda: int("1_0" * 2151), lambda: len(str(int("1_0" * 2150))), lambda: int("9" * 4301), lambda: repr([10**5000]), lambda: f"{10**5000:>10}"):
    try: print(f())
    except ValueError as e: print(e)
class Big(int): pass
try: print(Big(10**5000))
except ValueError as e: print(e)
print(sys.int_info.default_max_str_digits, sys.int_info)
import math
x = math.factorial(1000)
print(len(str(x)))
try:
    s = str(math.factorial(2000))
    print(len(s))
except ValueError as e:
    print(e)
try:
    int("1" * 5000)
except ValueError as e:
    print(e)
print(hasattr(sys, "set_int_max_str_digits"), sys.get_int_max_str_digits() if hasattr(sys, "get_int_max_str_digits") else None)
y = 10 ** 5000
print(y.bit_length(), y % 7, len(hex(y)))
try:
    print(y)
except ValueError as e:
    print("print:", e)
try:
    f"{y}"
except ValueError as e:
    print("fstr:", e)
try:
    repr(y)
except ValueError as e:
    print("repr:", e)
sys.set_int_max_str_digits(0)
print(len(str(y)))
sys.set_int_max_str_digits(5000)
try:
    print(len(str(10**5000)))
except ValueError as e:
    print(e)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
