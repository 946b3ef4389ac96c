# test object's __lt__/__le__/__gt__/__ge__ exist and return NotImplemented, with the comparison fallbacks unchanged
class A: pass
class B:
    def __lt__(self, o): return "B.lt"
class C(B): pass
print(hasattr(A, "__lt__"), A.__lt__ is object.__lt__, A() .__lt__(A()), object.__ge__(1, 2))
for f in (lambda: A() < A(), lambda: A() >= 1, lambda: B() < A(), lambda: A() > B(), lambda: C() < B(), lambda: sorted([A(), A()]), lambda: [1] < [A()], lambda: {} < {}):
    try: print(f())
    except TypeError as e: print(e)
