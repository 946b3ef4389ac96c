memo = {}
def fibm(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fibm(n - 1) + fibm(n - 2)
    memo[n] = r
    return r
print(fibm(90))
class Node:
    def __init__(self, val, nxt=None):
        self.val, self.next = val, nxt
class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        node = self.head
        out = []
        while node:
            out.append(node.val)
            node = node.next
        return iter(out)
    def __len__(self):
        return self.size
ll = LinkedList()
for i in range(5):
    ll.push(i * i)
print(list(ll), len(ll), sorted(ll, key=lambda v: -v))
results = []
for item in ["1", "x", "3", None]:
    try:
        results.append(int(item))
    except ValueError as e:
        results.append(str(e))
        continue
    except TypeError as e:
        results.append(type(e).__name__)
    finally:
        results.append("|")
print(results)
def make_multipliers():
    return {n: (lambda x, n=n: x * n) for n in range(1, 4)}
ms = make_multipliers()
print({k: f(10) for k, f in ms.items()})
class Counter:
    total = 0
    def __init__(self):
        Counter.total += 1
        self.id = Counter.total
cs = [Counter() for _ in range(3)]
print([c.id for c in cs], Counter.total, cs[0].total)
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)], list(zip(*matrix)))
s = "Hello, World"
print(s[::-1], s.lower().count("l"), s.split(", "), f"{s!r:>20}|")
print(sorted({"b": 2, "a": 1}.items()), max([3, 1, 2]), min("bca"), sum([0.1] * 10))
print(round(2.675, 2), round(0.5), round(1.5), int("42") + 1, float("1e3"), str(1/3)[:6])
def kwonly(*, a, b=2):
    return a * b
print(kwonly(a=3), kwonly(b=5, a=1))
def outer():
    x = "outer"
    class Inner:
        y = x
        def get(self):
            return x
    return Inner().get(), Inner.y
print(outer())
t = (1, [2, 3])
t[1].append(4)
print(t)
try:
    t[0] = 5
except TypeError as e:
    print(e)
print(isinstance(True, int), issubclass(bool, int), type(1) is int, 1 .__class__.__name__)
x = [1, 2, 3]
x += [4]
y = x
y += [5]
print(x is y, x)
tup = (1,)
tup2 = tup
tup += (2,)
print(tup, tup2)
print(*[1, 2, 3], sep="-")
print(f"{'nested ' + f'{1+1}'}")
