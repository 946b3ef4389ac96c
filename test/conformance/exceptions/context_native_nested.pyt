# test __context__ of an exception the interpreter raises inside nested handlers (set at the raise)
import sys
try:
    [][1]
except IndexError:
    try:
        None.x
    except AttributeError as e:
        print(repr(e.__context__))
try:
    {}['a']
except KeyError:
    try:
        int('x')
    except ValueError as e:
        print(repr(e.__context__))
    try:
        [][1]
    except IndexError:
        try:
            1 / 0
        except ZeroDivisionError as e:
            print(repr(e.__context__), repr(e.__context__.__context__))
def f():
    try:
        raise KeyError("k")
    except KeyError:
        with open_cm():
            len(5)
class open_cm:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit sees", repr(v.__context__))
        return True
f()
try:
    {}['a']
except KeyError:
    try:
        [][1]
    except IndexError:
        None.x
