# test classes and functions defined inside functions and inside loops, redefinition
def factory(kind):
    class Local:
        label = kind
        def show(self):
            return f"Local({self.label})"
    return Local
A = factory("a")
B = factory("b")
print(A().show(), B().show(), A is B, A.__name__, A.__qualname__)
for n in range(2):
    def f():
        return n
print(f())
def g():
    return 1
def g():
    return 2
print(g())
