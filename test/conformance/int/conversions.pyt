# test int() conversions: bases, whitespace, signs, underscores, floats, bools
print(int("42"), int("  -17  "), int("+5"), int("1_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("101", 2), int("0b101", 0), int("z", 36))
print(int(3.99), int(-3.99), int(True), int(False), int(1e20))
print(int(), int("0"), int("-0"))
print(bin(10), oct(64), hex(255), hex(-255), bin(0))
print(int(str(2 ** 70)) == 2 ** 70)
for bad in ["", "1.5", "abc", "1 2", "0x"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
