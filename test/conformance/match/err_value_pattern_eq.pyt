# test the traceback of an __eq__ raising in a value pattern
class Bad:
    def __eq__(self, other):
        raise ValueError("bad eq")
class K:
    B = Bad()
def f(v):
    match v:
        case [1, 2]:
            pass
        case K.B:
            pass
f(3)
