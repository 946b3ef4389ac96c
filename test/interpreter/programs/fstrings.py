name = "pyt"
n = 42
pi = 3.14159
print(f"hello {name}!", f"{n:5d}|{n:<5}|{n:^7}|{n:05}", f"{pi:.2f} {pi:10.3f} {pi!r}")
print(f"{name!r} {name!s} {'é'!a} {n!r:>6}", f"{{braces}}", f"{n=}", f"{1 + 1 = }")
print(f"{1000000:,} {255:x} {255:#b} {0.5:.0%} {-3:+d} {'x':*^9}")
width = 8
print(f"[{name:>{width}}] [{pi:.{n % 5}f}]")
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
print(f"{P():abc} {P()} {P()!r}", str(P()), repr(P()))
print("%s is %d years, %.1f%%" % ("x", 3, 99.5), "%r" % "q", "%5s|%-5s|" % ("a", "b"))
