# test a builtin type's classmethod repr (dict.fromkeys) and builtin functions' __module__
import math, time, sys
print(repr(dict.fromkeys).split(" at ")[0])
print(repr(float.fromhex).split(" at ")[0])
print(len.__module__, print.__module__, math.sqrt.__module__, time.sleep.__module__, sys.exit.__module__)
print([].append.__module__)
class Temp:
    @classmethod
    def make(cls):
        return cls()
print(repr(Temp.make).split(" at ")[0])
