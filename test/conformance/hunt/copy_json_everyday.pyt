# test hunt: copy of slotted/custom/stateful/recursive objects; json dumps/loads edge cases and errors
import copy, json, io
from enum import Enum, IntEnum
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = [1]; self.b = {"k": [2]}
s = Slotted()
s2 = copy.deepcopy(s)
s2.a.append(9)
print(s.a, s2.a, s2.b, copy.copy(s).a is s.a)
class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self):
        print("copy called")
        return Custom(self.v)
    def __deepcopy__(self, memo):
        print("deepcopy called", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))
c = Custom([1])
print(copy.copy(c).v, copy.deepcopy(c).v is c.v)
class State:
    def __init__(self): self.x = 1; self.lock = "unpicklable"
    def __getstate__(self):
        d = self.__dict__.copy(); del d["lock"]; return d
    def __setstate__(self, d):
        self.__dict__.update(d); self.lock = "fresh"
st = copy.deepcopy(State())
print(vars(st))
lst = [1, 2]
lst.append(lst)
cp = copy.deepcopy(lst)
print(cp, cp[2] is cp, copy.deepcopy((1, 2)) , copy.copy({1: [2]}), copy.deepcopy({"a": (1, [2])}))
import datetime, collections
print(copy.deepcopy(datetime.date(2020, 1, 1)), copy.deepcopy(collections.OrderedDict(a=1)), copy.deepcopy(collections.Counter("aab")), copy.copy(collections.deque([1], 3)))
print(json.dumps(1e20), json.dumps({1e20: 1, 0.5: 2, -0.0: 3}), json.dumps({True: 1, False: 0}), json.dumps(12345678901234567890))
class Color(Enum):
    RED = "red"
class N(IntEnum):
    ONE = 1
try:
    json.dumps({"c": Color.RED})
except TypeError as e:
    print(e)
print(json.dumps({N.ONE: N.ONE}), json.dumps([N.ONE, 2.0, float(N.ONE)]))
print(json.loads("12345678901234567890123"), json.loads("1.5e400"), json.loads("-Infinity"), json.loads("NaN"), json.loads('"\\ud83d\\ude00"') == "\U0001F600")
print(json.loads('{"a": 1.10}', parse_float=str), json.loads('[1]', parse_int=float), json.loads('[{"b":1,"a":2}]', object_pairs_hook=list))
buf = io.StringIO()
json.dump({"x": [1, {"y": None}]}, buf, indent=3)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
print(json.dumps({"a": "é", "b": "\u2028\x7f\x1f"}), json.dumps({"k": [1, [2, [3, {}]]]}, indent=2, separators=(",", ":")))
print(json.dumps("\t\b\f\r\n\"\\/"), json.loads('"\\/\\b"'), json.dumps({"z": 1, "a": {"y": 2, "b": 3}}, sort_keys=True, indent=1))
try:
    json.dumps({"a": 1, 2: "b"}, sort_keys=True)
except TypeError as e:
    print(e)
for bad in ['[1,]', '{"a":}', '[1 2]', '"unterminated', '{"a": 1}}', '[01]', '1.', 'tru', '\n\n  [\n 1,\n x]', '"\\x"', '"\t"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e)
print(json.loads('"\t"', strict=False), json.JSONDecodeError.__mro__[1].__name__)
print(json.dumps([], indent=4), json.dumps({}, indent=4), json.dumps([[], {}], indent=4))
print(json.dumps({"a": 1}, indent=0), json.dumps([1, 2], indent=""), json.dumps({"x": 1.0, "y": 1e-7, "z": 123456789.123456789}))
