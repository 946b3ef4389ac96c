# test hunt: bare raise, bad except classes, exception args/str/repr, add_note, sys.exc_info, generator throw/close
import traceback, sys
try:
    raise
except RuntimeError as e:
    print(e)
try:
    try:
        1 / 0
    except "str":
        pass
except TypeError as e:
    print(e)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 3
except TypeError as e:
    print(e)
e = ValueError("a", 2)
print(str(e), repr(e), e.args)
print(repr(KeyError(("a", 1))), str(KeyError(("a", 1))), str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
er = MyErr(404, "not found")
print(str(er), repr(er), er.args, er.code)
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
ns = NoSuper(5)
print(repr(ns), str(ns), ns.args)
try:
    raise ValueError("with note")
except ValueError as ex:
    ex.add_note("note 1")
    ex.add_note("note 2")
    print(ex.__notes__)
    print("".join(traceback.format_exception_only(type(ex), ex)), end="")
print(traceback.format_exception_only(ValueError, ValueError("x")))
def f():
    raise IndexError("idx")
try:
    f()
except IndexError as ex:
    lines = traceback.format_exception(type(ex), ex, ex.__traceback__)
    print(len(lines), lines[0], lines[-1], end="")
    tb = traceback.extract_tb(ex.__traceback__)
    print([(fr.name, fr.lineno, fr.line) for fr in tb])
print(sys.exc_info())
try:
    raise TypeError("inner")
except TypeError:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1])
    try:
        raise ValueError("nested")
    except ValueError:
        print(sys.exc_info()[1])
    print(sys.exc_info()[1])
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), KeyboardInterrupt.__mro__)
print(isinstance(StopIteration(), Exception))
try:
    int("x")
except (TypeError, ValueError) as ex:
    print(type(ex).__name__)
else:
    print("else")
finally:
    print("finally")
def ret_finally():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("fin", i)
    return i
print(ret_finally())
e2 = Exception("x").with_traceback(None)
print(e2.__traceback__, e2.__cause__, e2.__context__)
try:
    raise ValueError("ctx")
except ValueError:
    try:
        raise TypeError("t")
    except TypeError as t:
        print(repr(t.__context__))
def gen():
    try:
        yield 1
    except GeneratorExit:
        print("closing")
        raise
g = gen()
next(g)
g.close()
def gen2():
    try:
        yield 1
    except ValueError as ex:
        yield f"caught {ex}"
g = gen2()
next(g)
print(g.throw(ValueError("thrown")))
print(ExceptionGroup if False else "eg skipped")
raise MyErr(500, "server") from KeyError("root")
