# test a __slots__ name read on the class gives its member descriptor
class S:
    __slots__ = ['a', 'b']
    def __init__(self): self.a = 1
class T(S):
    __slots__ = 'c'
s = S()
print(S.a, T.a, T.c, type(S.a).__name__, S.a is S.a, S.a.__get__(s), hasattr(S, 'b'), hasattr(S, 'zz'))
try:
    S.b.__get__(s)
except AttributeError as e: print(e)
try:
    S.zz
except AttributeError as e: print(e)
