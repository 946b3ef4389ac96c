# Expressions whose operands are plain locals read the slots directly: x * x, a + b, a - b, obj.attr,
# obj.attr += v. Each must still give CPython's result for every type, and UnboundLocalError.
class C:
    def __init__(self): self.n = 1
def ops(a, b):
    return [a * a, a * b, a + b, a - b]
for a, b in [(3, 4), (-2, 0), (2**30, 2**30), (2**52, 2**52), (2**60, 3), (1.5, 2), ("ab", 2), (True, True)]:
    try:
        print(ops(a, b))
    except TypeError as e:
        print("TypeError:", e)
print(ops.__name__, [x + y for x, y in [("a", "b"), ([1], [2]), ((1,), (2,))]])
def attr(o, v):
    o.n += v
    o.n -= 1
    return o.n
c = C()
print(attr(c, 5), attr(c, 2.5), c.n)
c.n = "s"
try:
    attr(c, 1)
except TypeError as e:
    print("TypeError:", e)
def unbound(which):
    if which == 0:
        o = C()
    if which == 1:
        return o.n
    if which == 2:
        o.n += 1
    if which == 3:
        return o * o
    return o + o
for w in range(1, 5):
    try:
        unbound(w)
    except UnboundLocalError as e:
        print(w, "UnboundLocalError:", e)
try:
    attr(5, 1)
except AttributeError as e:
    print("AttributeError:", e)
class S:
    def __str__(self): return "S.__str__"
    def __repr__(self): return "S.__repr__"
    def __format__(self, spec): return "S.__format__(" + spec + ")"
def fmt(v):
    return f"<{v}>", f"{v}{v}", f"pre {v!r} post", f"[{v:>6}]" if isinstance(v, (int, str)) else f"{v:x}" if isinstance(v, S) else ""
for v in (5, -3, 2**70, "str", True, None, 1.5, S(), [1, "a"]):
    print(fmt(v))
def fmt_unbound(flag):
    if flag:
        v = 1
    return f"{v}"
try:
    fmt_unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def ret_local(flag):
    if flag:
        r = "bound"
    return r
print(ret_local(True))
try:
    ret_local(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
