# test an annotation with no value still evaluates the target's object and subscript (a.b: int, x[i]: int), in modules, classes, functions and generators
class Box:
    pass
box = Box()
box.size: int
print(hasattr(box, "size"))
data = {}
data["k"]: str
data[1:2, ::3]: int
print(data)
def g():
    missing.attr: int
    yield 1
try:
    next(g())
except NameError as e:
    print("generator:", e)
def f():
    lst = [1]
    lst[idx]: int
try:
    f()
except NameError as e:
    print("function:", e)
class C:
    try:
        nothing[0]: int
    except NameError as e:
        print("class:", e)
undefined_obj.field: float = 1.5 if False else 2
