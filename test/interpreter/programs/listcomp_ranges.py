# A one-`for` list comprehension over a range counts with numbers into a plain local; any other
# target (captured by a closure, a tuple, an attribute) or source takes the general loop.
print([i * i for i in range(5)], [i for i in range(10, 0, -3)], [i for i in range(0)], [i for i in range(5, 1)])
print([i for i in range(-5, 5, 2) if i % 3 if i != 1], [x for x in range(3) for y in range(x)])
fs = [lambda: i for i in range(3)]
print([f() for f in fs], [a + b for a, b in [(1, 2), (3, 4)]], [c for c in "abc"], [k for k in {1: 2, 3: 4}])
class Box: pass
b = Box()
print([0 for b.attr in range(3)], b.attr)
def inner_scope(n):
    return [i + n for i in range(n)], [j for j in range(n) if j > n // 2]
print(inner_scope(4), {i: i * i for i in range(3)}, {i % 2 for i in range(5)}, sum(i for i in range(5)))
try:
    print([1 // (i - 2) for i in range(5)])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
i = "outer"
print([i for i in range(2)], i)
