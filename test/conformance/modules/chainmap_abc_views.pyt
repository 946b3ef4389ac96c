# test ChainMap's keys/items/values are collections.abc's views, and a mapping view's set operations give sets
from collections import ChainMap
import collections.abc as abc
c = ChainMap({'a': 1}, {'b': 2, 'a': 9})
print(c.keys(), c.items(), c.values())
print(list(c.keys()), list(c.items()), list(c.values()), len(c.keys()))
print(isinstance(c.keys(), abc.KeysView), isinstance(c.items(), abc.ItemsView), isinstance(c.values(), abc.ValuesView))
print('a' in c.keys(), ('b', 2) in c.items(), 9 in c.values(), c.keys() & {'a', 'z'}, c.items() - {('a', 1)})
print(type(c.keys()).__module__)

class M(abc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = M({'x': 1, 'y': 2})
print(m.keys() | {'z'} == {'x', 'y', 'z'}, type(m.keys() & {'x'}).__name__, sorted(m.items() ^ {('x', 1), ('q', 0)}))
