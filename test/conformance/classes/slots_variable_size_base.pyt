# test nonempty __slots__ on an int or tuple subclass is refused; empty ones and other bases are fine
for base in [int, tuple, str, float, list, dict, object, Exception]:
    try:
        class X(base):
            __slots__ = ('x',)
        print(base.__name__, "ok")
    except TypeError as e:
        print(base.__name__, e)
class T(tuple):
    __slots__ = ()
class I(int):
    __slots__ = ()
i = I(5); print(i, T((1,)))
