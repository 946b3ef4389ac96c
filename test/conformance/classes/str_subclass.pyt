# test a subclass of str keeps its class (methods, attributes, repr) and works as its text everywhere a str does: operators, methods, join, %, f-strings, comparisons, dict keys
class S(str):
    pass

class Name(str):
    def shout(self):
        return self.upper() + "!"
    def __repr__(self):
        return f"Name({str.__repr__(self)})"

s = S("ab")
print(type(s).__name__, s, repr(s), len(s), s.upper(), s[0], s + "c", "x" + s, s * 2, 2 * s)
print(isinstance(s, str), s == "ab", "ab" == s, s != "x", s < "b", hash(s) == hash("ab"))
d = {S("a"): 1}
print(d["a"], "a" in d, S("a") in {"a": 2}, {"a": 2}[S("a")])
d["a"] = 5
print(d, len(d))
n = Name("bob")
print(n.shout(), [n], f"{n:>6}|", "-".join([n, S("x")]), n.startswith(S("b")), S("o") in n)
print("%s and %r" % (n, s), str(n), type(str(n)).__name__, type(n + "x").__name__)
n.tag = 1
print(vars(n), n.tag, sorted([S("b"), "a", S("c")]), list(S("xy")), S("a,b").split(S(",")))
print(str.upper(n), S(), repr(S()), S(5), bool(S("")), f"{s!r} {s}")
print(S("a b").title(), s.replace("a", "z"), type(s.strip()).__name__)
class Up(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
    def __init__(self, v):
        self.orig = v
u = Up("hi")
print(u, u.orig, type(u).__name__, u.lower(), "%-5s|" % u, "{}".format(u), f"{u!s:*^8}")
print(max([Up("a"), Up("c")]), Up("a") in ["A"], ["A"].index(Up("a")), ("A",).count(Up("a")))
s = {Up("a"), "A"}
print(len(s))
try:
    Up("a") + 1
except TypeError as e:
    print(e)
try:
    Up("a") * "b"
except TypeError as e:
    print(e)
try:
    Up("a") < 1
except TypeError as e:
    print(e)
print(int(Up("12")), float(Up("1.5")), str(Up("x")) == "X", getattr(u, Up("orig").lower()))
