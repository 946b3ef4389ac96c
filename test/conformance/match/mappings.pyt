# test mapping patterns: extra keys are ignored, **rest, get() semantics, custom mappings
import collections
import collections.abc
from collections import defaultdict, OrderedDict, Counter

def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest} if rest:
            return f"key {k} with {rest}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t}:
            return f"unknown event {t}"
        case {}:
            return "a mapping without type"
        case _:
            return "not a mapping"

for e in [{"type": "click", "pos": (1, 2)}, {"type": "click", "pos": [3, 4], "button": 1}, {"type": "key", "key": "a"},
          {"type": "key", "key": "b", "shift": True}, {"type": "key", "key": 5}, {"type": "scroll"}, {}, {"pos": 1},
          [("type", "click")], "type", OrderedDict(type="key", key="o"), Counter(type=3)]:
    print(handle(e))

d = defaultdict(list)
match d:
    case {"missing": _}:
        print("wrong")
    case _:
        print("defaultdict: no key made by the match:", dict(d))

class Loud(dict):
    def get(self, key, default=None):
        print("  Loud.get", key)
        return super().get(key, default)
match Loud(a=1, b=2):
    case {"a": 1, "b": b}:
        print("dict subclass through get():", b)

class Config(collections.abc.Mapping):
    def __init__(self, **kw):
        self._d = kw
    def __getitem__(self, k):
        return self._d[k]
    def __len__(self):
        return len(self._d)
    def __iter__(self):
        return iter(self._d)
match Config(host="h", port=80):
    case {"port": p, **others}:
        print("custom Mapping:", p, others)

class Keys:
    A = "a"
match {"a": 1, 2: "two", None: 0, True: "t"}:
    case {Keys.A: one, 2: two, None: z, True: t, **rest}:
        print("value and literal keys:", one, two, z, t, rest)

match {"x": 1}:
    case {**everything}:
        print("rest is a new dict:", everything, type(everything).__name__)

m = collections.ChainMap({"a": 1}, {"b": 2})
match m:
    case {"b": b}:
        print("ChainMap", b)
