g = (x * x for x in range(5))
print(next(g), next(g), list(g), list(g))
print(sum(x for x in range(10)), any(x > 3 for x in [1, 5, 0]), "".join(str(i) for i in range(4)))
def noisy(v):
    print("eval", v)
    return v
print(any(noisy(x) for x in [0, 1, 2, 3]))
pairs = list((a, b) for a in range(3) for b in range(a) if a + b > 1)
print(pairs)
k = 10
gen = (k + i for i in range(3))
k = 20
print(list(gen))
def boom():
    return list(1 / x for x in [1, 0])
try:
    boom()
except ZeroDivisionError as e:
    print("caught", e)
print(type(g).__name__)
it = iter([1, 2, 3])
print(list(x for x in it if x != 2))
boom()
