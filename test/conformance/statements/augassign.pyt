# test every augmented assignment operator
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x = 17
x //= 5; print(x)
x %= 2; print(x)
x = 3
x **= 4; print(x)
x = 0b1100
x &= 0b1010; print(x)
x |= 1; print(x)
x ^= 0b1111; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
s = "ab"
s += "cd"; s *= 2; print(s)
lst = [1]
alias = lst
lst += [2]
print(alias)
t = (1,)
t += (2,)
print(t)
d = {"n": 1}
d["n"] += 1
print(d)
class C:
    v = 1
c = C()
c.v += 10
print(c.v, C.v)
