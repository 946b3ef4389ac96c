# test object.__init__/__new__ excess-argument messages: from the call, from x.__init__(...), via super()
class A: pass
class B:
    def __init__(self, *a): super().__init__(*a)
class N:
    def __new__(cls, *a): return super().__new__(cls)
tests = [lambda: object().__init__(1), lambda: A().__init__(1), lambda: A(1), lambda: object.__init__(A(), 1),
         lambda: B(1), lambda: N(1), lambda: N().__init__(1), lambda: object.__new__(A, 1), lambda: object.__new__(N, 1),
         lambda: object(1)]
for f in tests:
    try:
        f()
        print("ok")
    except TypeError as e:
        print(e)
