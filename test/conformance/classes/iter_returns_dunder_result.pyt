# test iter(obj) returns exactly what __iter__ returned (the object itself, its attributes, its repr)
class Counter:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1; return self.i
    def __repr__(self): return f"Counter({self.n})"
c = Counter(3)
it = iter(c)
print(it is c, it, type(it).__name__)
class Box:
    def __init__(self): self.items = [1, 2]
    def __iter__(self): return CounterIt(self)
class CounterIt:
    def __init__(self, b): self.b = b; self.i = 0
    def __next__(self):
        if self.i >= len(self.b.items): raise StopIteration
        self.i += 1; return self.b.items[self.i - 1]
    def __iter__(self): return self
it = iter(Box())
print(type(it).__name__, next(it), it.i, list(it))
class Seq:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
print(type(iter(Seq())).__name__, list(Seq()))
class Bad:
    def __iter__(self): return 5
try:
    iter(Bad())
except TypeError as e:
    print(e)
class ListIt:
    def __iter__(self): return iter([1, 2])
print(type(iter(ListIt())).__name__)
