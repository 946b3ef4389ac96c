# test types: the type names (FunctionType, MethodType, BuiltinFunctionType, ModuleType, NoneType...) and isinstance checks
import types
import math
import sys


def f():
    pass


class C:
    def m(self):
        return self

    @classmethod
    def cm(cls):
        return cls

    @staticmethod
    def sm():
        return "sm"


names = ["FunctionType", "LambdaType", "MethodType", "BuiltinFunctionType", "BuiltinMethodType", "ModuleType",
         "NoneType", "NotImplementedType", "EllipsisType", "MappingProxyType", "CodeType", "CellType",
         "MethodDescriptorType", "GetSetDescriptorType", "TracebackType", "GenericAlias", "UnionType"]
for name in names:
    t = getattr(types, name)
    print(name, t, t.__name__)
print(types.FunctionType is types.LambdaType, types.BuiltinFunctionType is types.BuiltinMethodType)

samples = [("f", f), ("lambda", lambda: 0), ("C.m", C.m), ("C().m", C().m), ("C.cm", C.cm), ("C.sm", C.sm),
           ("len", len), ("math.sqrt", math.sqrt), ("[].append", [].append), ("sys", sys), ("None", None),
           ("C", C), ("C()", C()), ("str.join", str.join), ("print", print)]
kinds = [types.FunctionType, types.MethodType, types.BuiltinFunctionType, types.ModuleType, types.NoneType,
         types.MethodDescriptorType]
for label, v in samples:
    print(label.ljust(10), [k.__name__ for k in kinds if isinstance(v, k)], callable(v))

print(isinstance(C.__dict__, types.MappingProxyType), type(None) is types.NoneType)
print(types.NoneType(), types.NotImplementedType(), types.EllipsisType())
for bad in [lambda: types.NoneType(1), lambda: types.EllipsisType(1)]:
    try:
        bad()
    except TypeError as e:
        print(e)

# MethodType binds a function to an object
obj = C()
bound = types.MethodType(lambda self, x: (self is obj, x), obj)
print(bound(5), bound.__self__ is obj)


def shout(self):
    return "I am %s" % type(self).__name__


obj.shout = types.MethodType(shout, obj)
print(obj.shout(), types.MethodType(len, "abc")())
for args in [(1, obj), (f, None), (f,)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print(e)

# ModuleType makes an empty module
mod = types.ModuleType("plugins", "Plugin registry.")
mod.value = 42
print(mod, mod.__name__, mod.__doc__, mod.value, sorted(vars(mod)))
print(types.ModuleType("bare").__doc__, isinstance(mod, types.ModuleType))
for args in [(), (1,)]:
    try:
        types.ModuleType(*args)
    except TypeError as e:
        print(e)

# MappingProxyType: a live read-only view
settings = {"debug": False}
view = types.MappingProxyType(settings)
print(view, view["debug"], len(view), list(view), "debug" in view, view.get("x", "-"))
settings["debug"] = True
print(view["debug"], dict(view.items()))
try:
    view["debug"] = False
except TypeError as e:
    print(e)
try:
    types.MappingProxyType([1, 2])
except TypeError as e:
    print(e)
try:
    view.missing
except AttributeError as e:
    print(e)
