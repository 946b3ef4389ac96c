# `x OP k` and `x CMP k` with an int literal k take a fast path when x is a small int; every other x
# (bool, float, big int, overflow, negatives for % and //, str) must give CPython's result or error.
def ops(x):
    return [x + 1, x - 1, x * 3, x * 0, x & 6 if isinstance(x, int) else None]
def divs(x):
    return [x % 7, x // 7, x % 1, x // 1]
def cmps(x):
    return [x < 2, x <= 2, x > 2, x >= 2, x == 2, x != 2]
for v in [0, 5, -5, 2, True, False, 2.5, -0.0, 2**53 - 1, 2**53, -(2**53) + 1, 2**70, -(2**70)]:
    print(repr(v), ops(v), cmps(v))
for v in [0, 20, -20, 7, -7, True, 2.5, -2.5, 2**60, -(2**60)]:
    print(repr(v), divs(v))
print(-0.0 * 0, (-1) * 0, 2**70 & 6, -(2**70) & 6, -3 & 6)
for v in ["s", None, [1]]:
    for f in (ops, cmps):
        try:
            print(f(v))
        except TypeError as e:
            print("TypeError:", e)
try:
    print(2.5 & 3)
except TypeError as e:
    print("TypeError:", e)
def countdown(n):
    while n > 0:
        n = n - 1
    return n
print(countdown(10), countdown(2**53 + 3 - 2**53))
def unbound_sub(flag):
    if flag:
        n = 5
    return n - 1
def unbound_cmp(flag):
    if flag:
        n = 5
    return n < 2
for fn in (unbound_sub, unbound_cmp):
    print(fn(True))
    try:
        fn(False)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
unbound_sub(False)
