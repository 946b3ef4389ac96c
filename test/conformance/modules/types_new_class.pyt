# test types.new_class, prepare_class, resolve_bases (PEP 3115/560 class creation)
import types


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwds):
        print("prepare", name, [b.__name__ for b in bases], sorted(kwds))
        return {"prepared": True}

    def __new__(mcls, name, bases, ns, **kwds):
        cls = super().__new__(mcls, name, bases, ns)
        cls.kwds = kwds
        return cls

    def __init__(cls, name, bases, ns, **kwds):
        super().__init__(name, bases, ns)


def body(ns):
    ns["x"] = 1
    ns["hello"] = lambda self: "hello from %s" % type(self).__name__


Plain = types.new_class("Plain", (), {}, body)
print(Plain, Plain.x, Plain().hello(), type(Plain))
WithMeta = types.new_class("WithMeta", (Plain,), {"metaclass": Meta, "flag": 1}, body)
print(type(WithMeta).__name__, WithMeta.prepared, WithMeta.kwds, WithMeta().hello(), WithMeta.__mro__)
print(types.prepare_class("P", (), None))
meta, ns, kw = types.prepare_class("Q", (WithMeta,), {"a": 1})
print(meta.__name__, ns, kw)


class Entry:
    def __mro_entries__(self, bases):
        return (Plain,)


print(types.resolve_bases((Entry(), int))[0] is Plain, types.resolve_bases((int,)))
Derived = types.new_class("Derived", (Entry(),))
print(Derived.__mro__, type(Derived.__orig_bases__[0]).__name__)


class M1(type):
    pass


class M2(type):
    pass


try:
    types.new_class("Bad", (M1("A", (), {}), M2("B", (), {})))
except TypeError as e:
    print(e)
