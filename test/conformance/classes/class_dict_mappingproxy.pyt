# test C.__dict__ is a read-only mappingproxy: reads, views, copies and comparisons work, writes are refused
class C:
    y = 1
    def m(self): pass
d = C.__dict__
print(type(d).__name__, d['y'], 'y' in d, len(d) == len(list(d)), d.get('zz', 0), sorted(d.keys())[:3], list(d.values())[1], list(d.items())[1])
print(repr(d).startswith("mappingproxy({'__module__': '__main__', 'y': 1"), str(d).startswith("{'__module__'"))
try:
    d['x'] = 5
except TypeError as e: print(e)
try:
    del d['y']
except TypeError as e: print(e)
try:
    d['nope']
except KeyError as e: print("KeyError", e)
try:
    hash(d)
except TypeError as e: print(e)
print(type(d.copy()).__name__, dict(d)['y'], {**d}['y'], vars(C) == C.__dict__, type(vars(C)).__name__, list(reversed(d))[0], (d | {'q': 1})['q'])
print(C.__dict__ == C.__dict__, 'm' in vars(C))
for k in C.__dict__:
    if not k.startswith('__'): print(k)
try:
    d.update({})
except AttributeError as e: print(e)
