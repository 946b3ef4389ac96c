# test builtin types only type(x) reaches (types.MappingProxyType, MethodType...) used by a thread, and classes made in a thread with dataclasses, enum, NamedTuple
import collections
import dataclasses
import enum
import functools
import threading
import types
import typing
from types import MappingProxyType, MethodType

DEFAULTS = MappingProxyType({"retries": 3})

class Greeter:
    def hello(self):
        return "hello"

def make_classes():
    @dataclasses.dataclass
    class P:
        x: int
        y: int = 0
    class Color(enum.Enum):
        R = 1
    class NT(typing.NamedTuple):
        a: int
    @functools.total_ordering
    class V:
        def __init__(self, v): self.v = v
        def __eq__(self, o): return self.v == o.v
        def __lt__(self, o): return self.v < o.v
    print(P(1), Color.R, NT(1), V(1) <= V(2), collections.namedtuple("Q", "a b")(1, 2))
    print(dataclasses.asdict(P(3, 4)), dataclasses.fields(P)[0].name, dataclasses.replace(P(1), y=9))
    for name in ["FunctionType", "MappingProxyType", "SimpleNamespace", "MethodType", "BuiltinFunctionType",
                 "ModuleType", "CodeType", "CellType", "GetSetDescriptorType", "MethodDescriptorType",
                 "UnionType", "NoneType", "GenericAlias"]:
        v = getattr(types, name)
        print(name, v.__name__, isinstance(make_classes, v))
    print(types.SimpleNamespace(a=1), types.MappingProxyType({"k": 1})["k"], DEFAULTS["retries"])
    m = MethodType(lambda self: f"bound to {type(self).__name__}", Greeter())
    print(m(), isinstance(Greeter().hello, MethodType), type({}.keys()).__name__)
    results.append(type(DEFAULTS))

results = []
t = threading.Thread(target=make_classes)
t.start()
t.join()
print(results[0] is MappingProxyType, results[0] is type(types.MappingProxyType({})))
