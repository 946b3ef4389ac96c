# test class attributes vs instance attributes: shadowing, shared mutable class attributes
class Counter:
    count = 0
    shared = []
    def __init__(self):
        Counter.count += 1
        self.own = []
a = Counter()
b = Counter()
print(Counter.count, a.count, b.count)
a.count = 100
print(Counter.count, a.count, b.count)
a.shared.append("x")
print(b.shared, Counter.shared)
a.own.append(1)
print(a.own, b.own)
del a.count
print(a.count)
Counter.count = 7
print(a.count, b.count)
print("count" in a.__dict__, "own" in a.__dict__)
