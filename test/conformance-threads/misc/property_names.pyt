# test misc: property names
# property's AttributeError names the property only when __set_name__ named it, and the class by its qualname (CPython 3.11), also for a class shared with a thread.
class A:
    pass
def getx(self):
    return 1
A.x = property(getx)
a = A()
try:
    a.x = 5
except AttributeError as e:
    print(e)
class B:
    @property
    def y(self):
        return 2
try:
    B().y = 3
except AttributeError as e:
    print(e)
p = property(getx)
class C:
    z = p
try:
    C().z = 1
except AttributeError as e:
    print(e)
class D:
    class E:
        @property
        def w(self): return 1
try:
    D.E().w = 2
except AttributeError as e: print(e)
q = property(None)
class F: v = q
try: F().v
except AttributeError as e: print(e)
try: del F().v
except AttributeError as e: print(e)
try: F().v = 1
except AttributeError as e: print(e)
g = property()
class G: pass
G.v = g
try: G().v
except AttributeError as e: print(e)
class H:
    @property
    def a(self): return 1
    @a.setter
    def b(self, v): pass
try: del H().b
except AttributeError as e: print(e)
print(property.__set_name__(property(), object, "n"))
import threading
class K:
    @property
    def ro(self): return 7
k = K()
def t():
    try:
        k.ro = 1
    except AttributeError as e:
        print("thread:", e)
th = threading.Thread(target=t); th.start(); th.join()
