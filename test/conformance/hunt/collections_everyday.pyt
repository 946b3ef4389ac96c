# test hunt: Counter, defaultdict, deque (maxlen, rotate, errors), namedtuple rename/errors, OrderedDict, ChainMap
from collections import Counter, defaultdict, deque, namedtuple, OrderedDict, ChainMap, UserDict, UserList, UserString
c = Counter({"a": 2, "b": -1, "c": 0})
print(c, +c, -c, c.most_common(), c.most_common(1), sorted(c.elements()), c.total())
print(Counter("abracadabra").most_common(3), Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), Counter(a=1) == Counter(a=1, b=0))
c2 = Counter(cats=4, dogs=8)
c2["birds"] += 1
del c2["cats"]
print(c2, c2["cats"], list(c2.keys()), Counter("aab") < Counter("aabb"), Counter.fromkeys if False else 0)
class MyCounter(Counter):
    pass
print(MyCounter("xyx"), repr(Counter()), str(Counter(x=1)))
words = "the cat and the hat and the bat".split()
freq = Counter(words)
for w, n in freq.most_common():
    print(f"{w:>5}: {'*' * n}")
dd = defaultdict(lambda: [0])
dd["x"][0] += 1
print(dict(dd), dd.default_factory is not None)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 1
print({k: dict(v) for k, v in nested.items()}, defaultdict(int, {"a": 1}), defaultdict(list))
dq = deque([1, 2, 3], maxlen=3)
print(repr(dq), deque(), deque([], maxlen=0), dq.index(2), dq * 2, dq + deque([9]), list(reversed(dq)))
dq.insert if False else None
try:
    dq.insert(0, 5)
except IndexError as e:
    print(e)
try:
    deque([1]).remove(9)
except ValueError as e:
    print(e)
try:
    deque([1]).index(9)
except ValueError as e:
    print(e)
d3 = deque(range(5))
d3.rotate(7)
del d3[0]
d3.extendleft([10, 11])
print(d3, d3.copy(), d3 == deque(d3), d3.count(3), d3[2:4] if False else d3[2])
d3.clear()
print(d3, bool(d3))
P = namedtuple("P", "x y", rename=False)
Q = namedtuple("Q", ["a", "def", "a", "_b"], rename=True)
print(Q._fields, P(1, 2)._asdict(), P._make((3, 4)), P(x=1, y=2) < P(1, 3), P(1, 2).count(1), P(1, 2).index(2))
try:
    namedtuple("Bad", "a def")
except ValueError as e:
    print(e)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print(e)
try:
    P(1, 2, 3)
except TypeError as e:
    print(e)
try:
    P(1, z=2)
except TypeError as e:
    print(e)
print(P.__doc__, P.x.__doc__ if hasattr(P.x, "__doc__") else "", P(1, 2).__repr__(), hash(P(1, 2)) == hash((1, 2)))
od = OrderedDict(a=1, b=2)
od["c"] = 3
od.move_to_end("a")
print(od, repr(OrderedDict()), list(od.items()), od.popitem(last=False), dict(od), OrderedDict(sorted({"z": 1, "y": 2}.items())))
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
base = {"color": "red", "size": 1}
cm = ChainMap({}, base)
cm["color"] = "blue"
child = cm.new_child({"size": 2})
print(cm, child["size"], child.parents, base, list(child), child.maps[0])
ud = UserDict({"a": 1})
ud["b"] = 2
print(ud, len(ud), ud.data, isinstance(ud, dict))
ul = UserList([3, 1])
ul.append(2)
ul.sort()
print(ul, ul[0], ul + [9], type(ul[:1]).__name__)
us = UserString("abc")
print(us.upper(), us + "d", len(us), us[1], type(us.upper()).__name__)
class Registry(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
r = Registry()
r["KEY"] = 1
r.update({"Other": 2})
print(r, "key" in r)
