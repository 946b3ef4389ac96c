# test hunt: comprehensions with conditions, walrus, yield from, send, close, unpacking errors
nums = range(20)
print([x * x for x in nums if x % 3 == 0 if x > 0], [x if x % 2 else -x for x in range(5)])
print({x % 4 for x in nums}, {x: x ** 2 for x in range(4)}, [(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(3)] for i in range(3)], sum(x for x in range(101)), list(x for x in "ab"))
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")
print([y for x in data if (y := x * 2) > 6], y)
while (chunk := data[:2]):
    data = data[2:]
    print(chunk)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)], [c for row in matrix for c in row])
x = 10
print([x for x in range(3)], x)
def gen():
    yield 1
    yield from [2, 3]
    r = yield from sub()
    print("sub returned", r)
    yield 99
def sub():
    yield "a"
    return "done"
print(list(gen()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
from itertools import islice
print(list(islice(fib(), 10)))
def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
g = acc()
next(g)
print(g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("stopped", e.value)
def countdown(n):
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        print("countdown closed")
c = countdown(5)
print(next(c), next(c))
c.close()
print(list(c))
gexp = (i for i in range(3))
print(gexp.__class__.__name__, sum(gexp), sum(gexp))
def g2():
    yield 1
    raise ValueError("inside gen")
try:
    for v in g2():
        print(v)
except ValueError as e:
    print(e)
squares = {n: [d for d in range(1, n + 1) if n % d == 0] for n in (6, 7, 12)}
print(squares)
print(*[1, 2], *"ab", sep="|")
first, *mid, last = range(6)
print(first, mid, last)
(a, b), c = (1, 2), 3
print(a, b, c)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    x, y = 5
except TypeError as e:
    print(e)
