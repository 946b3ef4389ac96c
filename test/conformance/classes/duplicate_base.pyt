# test a class listing the same base twice is refused (class statement and type())
class A: pass
for make in [lambda: type("Z", (A, A), {}), lambda: type("W", (A, object, A), {})]:
    try:
        make()
    except TypeError as e:
        print(e)
try:
    class Z(A, A): pass
except TypeError as e:
    print(e)
print(A.__subclasses__())
