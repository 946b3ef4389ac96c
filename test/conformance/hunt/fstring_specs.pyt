# test hunt: f-string and format specs: alignment, fill, grouping, %, e/g, !r/!a, =, nested specs, datetime specs, %-formatting, str.format errors
import datetime
x = 1234567.891
n = 42
s = "hi"
print(f"[{s:<10}] [{s:>10}] [{s:^10}] [{s:*^11}] [{s:-<5}]")
print(f"{x:,} {x:_} {x:,.2f} {n:,} {10**10:_} {n:_b} {0xdeadbeef:_x}")
print(f"{0.4567:.1%} {1:.0%} {x:>15.2f}| {x:<15.3e}| {x:e} {x:E} {x:g} {1e-7:g} {1e16:g}")
print(f"{n!r} {s!r} {s!s} {s!a} {'é'!a}")
print(f"{n=} {s=} {x=:.1f} {n = } {n+1=}")
w, p = 12, 3
print(f"{x:{w}.{p}f}|{s:{'>'}{w}}|")
d = datetime.datetime(2024, 3, 5, 14, 7, 9)
print(f"{d:%Y-%m-%d %H:%M:%S} {d:%b %d, %Y} {d:%A %j %I%p} {d.date():%d/%m/%y}")
print(f"{n:08.3f} {-n:+06d} {n: d} {n:+d} {-3.5:=+10.2f} {n:#x} {n:#o} {n:#b} {n:X}")
print(f"{'abc':.2} {3.14159:.3} {100.0:.3} {1e100:.3} {0.0001:.3}")
print(f"{float('inf'):f} {float('-inf'):10.2f} {float('nan'):e} {float('inf'):,}")
print(f"{{literal}} {n:{'^'}{9}}")
print(f"{True} {True:d} {None!r} {[1, 'a']} {(1,)}")
print(f"{123.456:010.2f} {-0.0:.1f} {0.5:.0f} {1.5:.0f} {2.5:.0f} {2.675:.2f}")
print(f"{12345:>10,} {-1234.5:,.1f} {1234:c}" if False else f"{65:c}")
print(f"{n:%}")
print(f"{'x'*3:>{n//7}}")
print(f"{x!r:>20}")
print(f"{3:=^7}", f"{-3:=7}", f"{3.0:n}", f"{1234567:n}")
print("%s %r %d %5.2f %-5d| %05d %x %o %e %g %%" % ("a", "b", 3.7, 2.345, 4, 42, 255, 8, 12345.678, 0.00001))
print("%(name)s is %(age)d" % {"name": "Al", "age": 30})
print("%c %c" % (65, "z"), "%.3s" % "abcdef", "%*d" % (5, 3))
print("{} {} {}".format(1, "a", [2]), "{0} {1} {0}".format("x", "y"), "{name}!".format(name="n"))
print("{:>8} {:^8} {:<8}|".format("a", "b", "c"), "{0[1]} {1.real}".format([5, 6], 3))
print("{!r:>6}".format("q"), "{:,.3f}".format(9876.54321))
try:
    "{} {}".format(1)
except IndexError as e:
    print(e)
try:
    "%d" % "x"
except TypeError as e:
    print(e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print(e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print(e)
try:
    f"{n:z}"
except ValueError as e:
    print(e)
try:
    format("s", "d")
except ValueError as e:
    print(e)
try:
    format(3, ",s")
except ValueError as e:
    print(e)
