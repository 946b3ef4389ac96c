# test hunt: traceback.print_exc of an exception raised while handling, __traceback__ walk, except-target deletion, raise from at top level
def a():
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during handling")
def b():
    try:
        a()
    finally:
        print("b finally")
try:
    b()
except RuntimeError as e:
    import traceback
    traceback.print_exc()
print("---")
class E(Exception):
    def __str__(self):
        return "custom str"
try:
    raise E
except E as e:
    print(e, repr(e))
try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
def deep(n):
    if n == 0:
        raise IndexError("bottom")
    deep(n - 1)
try:
    deep(3)
except IndexError as e:
    tb = e.__traceback__
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    print("frames", n)
x = [1, 2, 3]
def lookup():
    return x[10]
try:
    lookup()
except IndexError as e:
    print(e)
err = None
try:
    raise KeyError("a")
except KeyError as err:
    pass
try:
    print(err)
except NameError as e:
    print(e)
raise E("final") from ValueError("root cause")
