class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what
try:
    raise NotFound("user")
except AppError as e:
    print(type(e).__name__, e, e.what, e.args, repr(e))
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    return "done"
print(g())
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during")
except RuntimeError as e:
    print(e, repr(e.__context__))
try:
    try:
        raise TypeError("inner")
    except TypeError:
        raise
except TypeError as e:
    print("reraised", e)
try:
    raise ValueError
except (KeyError, ValueError) as e:
    print("tuple match", repr(e))
try:
    e
except NameError as err:
    print(err)
def h():
    try:
        raise KeyError("x")
    except KeyError:
        pass
    else:
        print("no")
    try:
        pass
    except KeyError:
        pass
    else:
        print("else ran")
h()
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    raise
except RuntimeError as e:
    print(e)
for exc in [ZeroDivisionError, OverflowError, ArithmeticError]:
    print(exc.__name__, issubclass_like := exc.__mro__[1].__name__)
