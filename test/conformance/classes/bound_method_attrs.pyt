# test a bound method's attributes come from its function (__qualname__, __doc__, __annotations__, set attributes), errors naming 'function'
class K:
    def m(self, a: int) -> str:
        "doc of m"
        return "x"
    m.calls = 3
k = K()
print(k.m.__name__, k.m.__qualname__, k.m.__doc__, k.m.__module__, k.m.__annotations__, k.m.calls, k.m.__func__ is K.m, k.m.__self__ is k)
try:
    k.m.nothing
except AttributeError as e:
    print(e)
try:
    k.m.x = 1
except AttributeError as e:
    print(e)
