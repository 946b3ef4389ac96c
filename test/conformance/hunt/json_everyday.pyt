# test hunt: json.dumps indent/sort_keys/default/cls, loads and JSONDecodeError positions
import json
from datetime import date
data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "nested": {"x": 1.5, "y": None, "z": True}, "e": [], "d": {}}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent="\t", separators=(",", ": ")))
print(json.dumps([1, 2], indent=0), json.dumps("é☃\n\""), json.dumps("é", ensure_ascii=False))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}))
print(json.dumps(float("inf")), json.dumps([float("nan")]), json.dumps(1e20), json.dumps(0.1), json.dumps(10**20))
try:
    json.dumps(float("inf"), allow_nan=False)
except ValueError as e:
    print(e)
try:
    json.dumps({"d": date(2020, 1, 2)})
except TypeError as e:
    print(e)
print(json.dumps({"d": date(2020, 1, 2)}, default=str))
print(json.dumps({"s": {1, 2}}, default=sorted))
print(json.loads('{"a": [1, 2.0, "x", null, true, false], "b": {"c": -1e3}}'))
print(json.loads("[]"), json.loads('"\\u00e9"'), json.loads(" 3 "), type(json.loads("1.0")))
for bad in ['{"a": 1,}', "[1, 2", "{'a': 1}", "", "nul", '{"a" 1}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, e.pos, e.lineno, e.colno)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1}}, cls=Enc))
try:
    json.dumps(object(), cls=Enc)
except TypeError as e:
    print(str(e)[:30])
print(json.dumps((1, 2)), json.dumps({"k": (1,)}, sort_keys=True, indent=1))
print(json.loads('{"a": 1, "a": 2}'), json.loads('[1.5e2, -0, 1E-2]'))
print(json.dumps("x" * 3, indent=4), json.dumps([[]], indent=2), json.dumps([{}], indent=2))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(e)
print(json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True))
print(json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())))
