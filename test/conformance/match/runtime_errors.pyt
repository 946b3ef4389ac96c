# test the TypeErrors class patterns raise at run time, and errors in guards and value patterns
class A:
    __match_args__ = ["x"]
class B:
    __match_args__ = (1,)
class C:
    __match_args__ = ("x", "x")
    x = 1
class D:
    __match_args__ = ("x",)
    x = 1
class E:
    __match_args__ = ("x",)
    @property
    def x(self):
        raise ValueError("boom")

def attempt(what, f):
    try:
        f()
    except Exception as e:
        print(what, "->", type(e).__name__ + ":", e)

def m_a():
    match A():
        case A(1): pass
def m_b():
    match B():
        case B(1): pass
def m_c():
    match C():
        case C(1, 1): pass
def m_d():
    match D():
        case D(1, x=1): pass
def m_e():
    match E():
        case E(1): pass
def m_int():
    match 5:
        case int(5, 6): pass
def m_str():
    match "s":
        case str(a, b, c): pass
def m_not_type():
    match 5:
        case len(): pass
def m_guard():
    match 5:
        case n if n / 0: pass
def m_value():
    match 5:
        case undefined.attr: pass
def m_no_match():
    match 5:
        case A(1): pass
    return "no TypeError when the subject is not an instance"

for f in [m_a, m_b, m_c, m_d, m_e, m_int, m_str, m_not_type, m_guard, m_value]:
    attempt(f.__name__, f)
print(m_no_match())
