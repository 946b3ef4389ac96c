# test 3.11's add_note (notes printed after the message, in tracebacks and format_exc) and the name/obj attributes of NameError and AttributeError
import traceback


def f():
    print(x)
    x = 1


try:
    undefined_name
except NameError as e:
    print(e.name, repr(e), e.args)
try:
    f()
except NameError as e:
    print(type(e).__name__, e.name)


class A:
    def __init__(self):
        self.value = 1


try:
    A().valu
except AttributeError as e:
    print(e.name, type(e.obj).__name__, e.args)
try:
    getattr(3, "zz")
except AttributeError as e:
    print(e.name, e.obj)
print(AttributeError("m").name, AttributeError("m").obj, NameError("q").name)
try:
    raise ValueError("v")
except ValueError as e:
    e.add_note("note one")
    e.add_note("note two")
    print(e.__notes__)
    print(traceback.format_exc().splitlines()[-3:])
    err = e
try:
    err.add_note(5)
except TypeError as e:
    print("TypeError:", e)
raise err
