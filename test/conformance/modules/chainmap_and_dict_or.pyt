# test collections.ChainMap (lookup order, writes to the first map, views, |, errors) and | on OrderedDict/defaultdict keeping their type
from collections import ChainMap
c = ChainMap({'a': 1}, {'b': 2, 'a': 5})
print(c.keys(), c.items(), c.values(), list(c.items()), list(c))
try: del c['b']
except KeyError as e: print(repr(e))
try: ChainMap().popitem()
except KeyError as e: print(repr(e))
try: c['zz']
except KeyError as e: print(repr(e))
print(c.parents, c.new_child(), c.new_child(x=1), ChainMap(), bool(ChainMap({})), c | {'q': 1}, {'q': 1} | c)
print(c.get('zz', 0), 'a' in c, len(c), c.copy(), c.pop('a'), c, c.pop('nope', 'd'))
try: c.pop('nope')
except KeyError as e: print(repr(e))
print(ChainMap.fromkeys('ab', 0), c == {'b': 2, 'a': 5}, dict(c))
defaults = {'color': 'red', 'user': 'guest'}
cli = {'user': 'admin'}
cfg = ChainMap(cli, defaults)
print(cfg['user'], cfg['color'], sorted(cfg.items()), ('user', 'admin') in cfg.items(), 'red' in cfg.values())
cfg['color'] = 'blue'
print(cli, defaults, {**cfg})
from collections import OrderedDict, defaultdict
print(OrderedDict(a=1) | {'b': 2}, {'b': 2} | OrderedDict(a=1), defaultdict(int, a=1) | {'b': 1}, {'x': 1} | defaultdict(list))
o = OrderedDict(a=1); o |= {'c': 3}; print(o)
d = defaultdict(int); d |= {'k': 1}; print(d)
try:
    OrderedDict(a=1) | 5
except TypeError as e:
    print(e)
try:
    defaultdict(int) | [1]
except TypeError as e:
    print(e)
