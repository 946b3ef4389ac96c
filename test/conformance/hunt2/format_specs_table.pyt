# test format specs, %-formatting, str.format, f-string = and !r, round and float repr edge cases
import math
vals = [0, 1, -1, 3.14159, -2.5, 1e10, 1.5e-7, 123456789, float('inf'), float('nan'), 10**20, 0.1+0.2, 2.675, -0.0]
specs = ["", "5", "<8", ">8", "^9", "*^9", "+", " ", ",", "_", "08.2f", ".3e", ".2%", "g", ".3g", "10.4g", "#x", "#o", "#b", "x", "X", "n", ".0f", "e", "E", "G", "+.2f", "=+10.2f", ".1f"]
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except Exception as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(repr(v), row)
print(f"{1234567.891:,.2f}", f"{1234567:_}", f"{0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}")
print(f"{'abc':>{10}}", f"{'abc':{'^'}{7}}", f"{3:{'0'}{4}}")
x = 3; name = "bob"
print(f"{x=}", f"{x = }", f"{name!r}", f"{name=!s}", f"{x*2=:>5}", f"{name!a}")
print("%s %r %d %5.2f %-5d| %05d %x %o %e %g %%" % ("s", "r", 3, 2.5, 7, 42, 255, 8, 12345.678, 0.0001))
print("%(a)s and %(b)d" % {"a": "A", "b": 2})
print("%c%c" % (65, "B"), "%.3s" % "abcdef", "%*d" % (5, 3), "%-*s|" % (6, "ab"))
print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{name}".format(name="n"), "{0[1]}".format([5, 6]), "{0.real}".format(3))
print("{:>10}".format("hi"), "{:*<10}".format("hi"), "{!r:^10}".format("hi"))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(2.675, 2), round(1234, -2), round(1250, -2), round(5.5), round(1.05, 1))
print(repr(0.1), repr(1/3), repr(1e16), repr(1e15), repr(123456789012345678.0), repr(1e-5), repr(0.0001), str(1e22), 1e-4, 2**0.5)
print(10/4, 10//4, -7//2, -7 % 3, 7 % -3, divmod(-7, 2), 2**-1)
print(int("  42\n"), int("-0"), int("+5"), float(" 1.5 "), float("1_0.5"), int("0b101", 0), int("0o17", 0), hex(-255), bin(5), oct(8))
print(str(1.0), str(100.0), 1e100, 1.0e-10, 3.0*1.1, 0.1*3, 1/7)
