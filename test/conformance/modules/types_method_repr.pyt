# test repr of types.MethodType over builtins (a bound method), beside builtin classmethods (built-in method of type object)
import types

print(repr(types.MethodType(len, [1])), repr(types.MethodType(print, "s")))
print(types.MethodType(len, [1, 2])(), repr(dict.fromkeys).split(" at ")[0], repr(int.from_bytes).split(" at ")[0])


class C:
    @classmethod
    def make(cls):
        return cls


print(repr(C.make).split(" at ")[0], repr(types.MethodType(C.make.__func__, 5)))
