# test hunt: int()/float() through __int__/__index__/__trunc__/__float__: CPython's TypeErrors and DeprecationWarnings, float() of an __index__ object, __len__ sign checked first
class F:
    def __float__(self): return 1
class G:
    def __index__(self): return 7
class H:
    def __int__(self): return True
class T:
    def __trunc__(self): return 3.5
class T2:
    def __trunc__(self): return G()
class L:
    def __len__(self): return G()
class L2:
    def __len__(self): return -2 ** 70
class L3_:
    def __len__(self): return 2 ** 62
for t in [lambda: float(F()), lambda: float(G()), lambda: int(H()), lambda: int(T()), lambda: int(T2()), lambda: len(L()), lambda: len(L2()), lambda: float(2**2000 and G()), lambda: int(G())]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
