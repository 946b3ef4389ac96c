# test hunt: __format__, str/repr fallbacks, subclasses of str/int/float in formats, bad __repr__/__str__
class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec.endswith("$"):
            return f"${self.v:{spec[:-1]}}"
        return format(self.v, spec)
    def __str__(self): return f"{self.v} dollars"
m = Money(1234.5)
print(f"{m}", f"{m:,.2f$}", f"{m:>10}", "{:.1f}".format(m), format(m, "$"), str(m))
class Plain:
    def __repr__(self): return "Plain()"
p = Plain()
print(f"{p}", f"{p!r}", f"{p!s}", format(p), "{}".format(p), "%s %r" % (p, p))
try:
    f"{p:>10}"
except TypeError as e:
    print(e)
try:
    format(object(), "x")
except TypeError as e:
    print(e)
class S(str):
    pass
print(f"{S('hi'):>5}", repr(S("q")), S("a") + "b", type(S("a") + "b"))
class I(int):
    def __repr__(self): return "I!"
print(I(5), f"{I(5)}", f"{I(5)!r}", I(5) + 1, str(I(5)), "%d" % I(5), "%r" % I(5))
class F(float):
    pass
print(F(1.5), f"{F(2.25):.1f}", repr(F(0.1)))
class NoStr:
    pass
print(str(NoStr()).startswith("<__main__.NoStr object at 0x"))
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self): return None
try:
    print(BadStr())
except TypeError as e:
    print(e)
import datetime
d = datetime.date(2024, 7, 4)
print(f"{d}", f"{d!r}", f"{d:%A}", "{:%Y}".format(d), format(d, ""), str(d))
print(f"{3.0}", f"{1e21}", f"{1e-7}", f"{123456789.0}", f"{0.1 + 0.2}", f"{1/3:.20f}")
print(f"{'nested':{'*'}^{2 * 6}}", f"{'a' 'b'}", f"{'{'}{'}'}", f"{{}}")
width = 5
print(f"{'left':<{width}}|{'r':>{width}}|")
print(f"{[1, 2][0]}", f"{ {'a': 1}['a'] }", f"{(lambda: 42)()}", f"{3 if True else 4}")
print(f"{1_000_000:,}", f"{-1_000_000:_}", f"{1234.5:_.2f}", f"{12345678:,d}", f"{0.000012345:.3g}", f"{123456789:.3g}")
print(f"{42:#010b}", f"{-42:#x}", f"{255:#X}", f"{3.14159:+.3}", f"{-0.0:+}", f"{float('nan'):+}")
print(f"{100:.2%}", f"{0.5:%}", f"{1/7:10.4%}|", f"{5:^+7d}|", f"{'x':^1}", f"{'abc':3.1}|")
