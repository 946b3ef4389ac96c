for i in [1, 2, 3]:
    if i == 5:
        break
else:
    print("for-else ran")
for i in [1, 2, 3]:
    if i == 2:
        break
else:
    print("not printed")
n = 0
while n < 3:
    n += 1
else:
    print("while-else", n)
while True:
    n -= 1
    if n > 0:
        continue
    break
print("n", n)
def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            return x
    return None
print(first_even([1, 3, 4, 6]), first_even([1]))
def override():
    try:
        return 1
    finally:
        return 2
print(override())
def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append(-i)
    return out
print(loop_finally())
x = None
print(x is None, x is not None, [] is [], 1 if x else 0)
def side(v, log):
    log.append(v)
    return v
log = []
print(side(1, log) < side(0, log) < side(5, log), log)
if (m := 10) > 5:
    print("walrus", m)
values = [y for x in range(5) if (y := x * x) > 4]
print(values, y)
big = 1
for _ in range(70):
    big *= 3
print(big, big % 1000007, -big // 7, big.bit_length() if hasattr_like else 0) if (hasattr_like := False) else print(big, big % 1000007, -big // 7)
print(0 == False, 1 == True, True + 1, hash(1) == hash(True) if False else "skip")
a = b = c = []
a.append(1)
print(a, b, c, a is c)
del a
try:
    print(a)
except NameError as e:
    print(e)
class Obj: pass
o = Obj()
o.attr = 1
del o.attr
print(o.__dict__)
lst = [0, 1, 2, 3, 4, 5, 6]
del lst[1:3]
del lst[-1]
print(lst)
if __name__ == "__main__":
    print("main!")
