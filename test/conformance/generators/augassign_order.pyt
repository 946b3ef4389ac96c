# test augmented assignment of a yield: the target's object, key and value are read before the yield, stored after
class Box:
    def __init__(self): self._v = 1
    @property
    def v(self):
        print("get v"); return self._v
    @v.setter
    def v(self, x):
        print("set v", x); self._v = x
b = Box()
d = {"k": 10}
total = 100
def g():
    global total
    b.v += yield "a"
    d["k"] *= yield "b"
    total -= yield "c"
    n = 5
    n //= yield "d"
    print(b._v, d, total, n)
    lst = [1]
    lst += yield "e"
    print(lst)
it = g()
print(next(it)); print(it.send(5)); print(it.send(3)); print(it.send(1)); print(it.send(2))
total = 0
try: it.send([2, 3])
except StopIteration: print("end")
def bad():
    x = "s"
    x += yield 1
e = bad(); next(e)
e.send(2)
