# test is and id() consistency for None, True, same objects, and small cached values without printing ids
a = [1, 2]
b = a
c = a.copy()
print(a is b, a is c, id(a) == id(b), id(a) != id(c))
x = None
print(x is None, id(None) == id(x))
def f():
    return a
print(f() is a)
objs = [object(), object()]
print(objs[0] is objs[1], objs[0] == objs[0])
