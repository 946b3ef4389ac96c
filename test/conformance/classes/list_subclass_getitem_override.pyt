# test a list subclass overriding __getitem__/__setitem__ is called for xs[i] and xs[i] = v with an int index (a 1-based list)
class OneBased(list):
    def __getitem__(self, i):
        return super().__getitem__(i - 1)
    def __setitem__(self, i, v):
        super().__setitem__(i - 1, v)
    def __delitem__(self, i):
        super().__delitem__(i - 1)
xs = OneBased([10, 20, 30])
print(xs[1], xs[3])
xs[1] = 11
print(xs, xs[1])
del xs[3]
print(xs)
xs[2] += 5
print(xs)
a, b = xs
print(a, b)
class Logged(list):
    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v)
lg = Logged([0, 0])
lg[0] = 5
lg[1] += 1
print(lg)
