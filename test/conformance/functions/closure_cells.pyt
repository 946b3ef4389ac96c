# test __closure__ (cells in sorted free-variable order, None without free variables) and cell_contents
def make():
    a = 1
    b = "two"
    def inner():
        return a, b
    return inner
f = make()
print(len(f.__closure__), [c.cell_contents for c in f.__closure__])
def outer():
    x = 1
    def uses(): return x
    del x
    return uses
try:
    outer().__closure__[0].cell_contents
except ValueError as e:
    print(e)
print((lambda: 0).__closure__, make.__closure__)
def z():
    q = 5
    def zz():
        nonlocal q
        q = 6
    return zz
g = z(); c = g.__closure__[0]; print(c.cell_contents); g(); print(c.cell_contents)
def mk3():
    zeta = 1; alpha = 2; mid = 3
    def f(): return mid + zeta + alpha
    return f
print([c.cell_contents for c in mk3().__closure__])
print(repr(f.__closure__[0]).split(' at ')[0])
print(repr(outer().__closure__[0]).endswith(": empty>"), repr(f.__closure__[1]).split(": ")[1].split(" at ")[0])
