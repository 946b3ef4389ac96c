# test exceptions propagate through nested calls and handlers, and handler-raised exceptions
def level3():
    raise ValueError("deep")
def level2():
    try:
        level3()
    except KeyError:
        print("not here")
def level1():
    try:
        level2()
    finally:
        print("level1 cleanup")
try:
    level1()
except ValueError as e:
    print("top caught", e)
def handler_raises():
    try:
        raise KeyError("first")
    except KeyError:
        raise IndexError("second")
try:
    handler_raises()
except IndexError as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        raise ValueError("a")
    except ValueError:
        pass
    print("handled, continues")
    raise TypeError("b")
except TypeError as e:
    print(repr(e), e.__context__)
