# test json with IntEnum, namedtuple, OrderedDict, empty containers with indent, hooks, and an uncaught JSONDecodeError
import json
from enum import IntEnum
from collections import OrderedDict, namedtuple
class N(IntEnum):
    A = 1
P = namedtuple("P", "x y")
print(json.dumps({"n": N.A, "p": P(1, 2), "od": OrderedDict(b=1, a=2), "t": True, "big": 2**70}))
print(json.dumps([[], {}, [[]], {"a": {}}], indent=2))
print(json.dumps({"a": 1}, indent=0), json.dumps([1, 2], indent=0), json.dumps("x", indent=2))
print(json.loads('[1, 2, {"a": [3, {"b": null}]}]', object_pairs_hook=OrderedDict))
print(json.dumps(json.loads('{"z": 1, "a": 2}'), sort_keys=True), json.loads('"\\u00e9\\t"'), json.loads('1.0'), type(json.loads('1e2')))
try:
    json.dumps({"a": 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print(e)
print(json.JSONDecodeError.__mro__)
json.loads('{"bad": }')
