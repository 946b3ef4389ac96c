# test isinstance and issubclass with builtins, tuples, user classes, bool/int
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, object))
print(issubclass(B, A), issubclass(B, B), issubclass(A, B), issubclass(B, (C, A)), issubclass(int, object))
print(isinstance(1, int), isinstance(1.0, int), isinstance(True, int), isinstance("s", str), isinstance(None, type(None)))
print(isinstance([], (list, tuple)), isinstance({}, dict), isinstance(3, (float, str)))
print(type(b) == A, type(b) == B, type(3) is int, type(type(3)).__name__)
try:
    isinstance(1, "int")
except TypeError as e:
    print(e)
try:
    issubclass(b, A)
except TypeError as e:
    print(e)
