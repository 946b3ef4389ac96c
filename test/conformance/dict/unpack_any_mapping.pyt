# test ** unpacking in dict displays and calls takes any mapping (keys() and [key]), as dict() and update() do
class M:
    def keys(self): return ['a', 'b']
    def __getitem__(self, k): return k.upper()
print(dict(M()), {**M()}, dict(M(), c=1))
d = {}; d.update(M()); print(d)
def f(**kw): return kw
print(f(**M()))
class M:
    def keys(self): return [1]
    def __getitem__(self, k): return k
try:
    f(**M())
except TypeError as e: print(e)
class K:
    def keys(self): return ['a']
    def __getitem__(self, k): raise KeyError(k)
try:
    {**K()}
except KeyError as e: print("KeyError", e)
try:
    f(**5)
except TypeError as e: print(e)
try:
    {**[1]}
except TypeError as e: print(e)
print(f(**{'a': 1}, **M2()) if (M2 := type('M2', (), {'keys': lambda s: ['b'], '__getitem__': lambda s, k: 2})) else 0)
try:
    f(a=1, **M2(), **{'b': 3})
except TypeError as e: print(e)
