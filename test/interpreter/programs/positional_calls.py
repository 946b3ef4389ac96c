# f(a), f(a, b), f(a, b, c) with plain positional arguments go straight into the callee's locals when
# its signature takes exactly that many; every other pairing must bind (or fail) as CPython does.
def zero(): return "zero"
def one(a): return ("one", a)
def two(a, b): t = a, b; return ("two",) + t
def three(a, b, c): x = a + b + c; return ("three", x)
def defaults(a, b=2, c=3): return (a, b, c)
def star(*args): return args
def captured(a, b):
    def inner(): return a * b
    return inner
def unbound_local(a):
    if a: b = 1
    return b
for i in range(3):
    print(zero(), one(i), two(i, i), three(i, i, i), defaults(i), defaults(i, i), defaults(i, i, i))
    print(star(), star(i), star(i, i), star(i, i, i), captured(i, 3)(), int("7"), max(i, 1), divmod(7, i + 1))
class C:
    def __init__(self, a, b): self.s = a + b
print(C(1, 2).s, type(C(1, 2)).__name__, list(map(one, [1, 2])))
five = 5
for bad in (lambda: one(), lambda: one(1, 2), lambda: two(1), lambda: two(1, 2, 3), lambda: three(1, 2),
            lambda: zero(1), lambda: defaults(), lambda: unbound_local(0), lambda: five(1)):
    try:
        bad()
    except (TypeError, UnboundLocalError) as e:
        print(type(e).__name__ + ":", e)
def deep(n): return 0 if n == 0 else 1 + deep(n - 1)
print(deep(900))
try:
    deep(5000)
except RecursionError as e:
    print("RecursionError:", e)
def fails(a, b):
    return a / b
fails(1, 0)
