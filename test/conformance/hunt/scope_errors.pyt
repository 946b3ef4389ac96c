# test hunt: UnboundLocalError/NameError wording, global/nonlocal, class-body scope
count = 0
def bad_increment():
    count += 1
try:
    bad_increment()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def shadow():
    print(total)
    total = 5
total = 1
try:
    shadow()
except UnboundLocalError as e:
    print(e)
def good():
    global count
    count += 1
good()
print(count)
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    inner()
    return x
print(outer())
def free_unbound():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 2
free_unbound()
try:
    undefined_name
except NameError as e:
    print(e)
try:
    prnt("x")
except NameError as e:
    print(e)
def deleted():
    v = 1
    del v
    return v
try:
    deleted()
except UnboundLocalError as e:
    print(e)
class Cls:
    attr = 1
    def meth(self):
        return attr
try:
    Cls().meth()
except NameError as e:
    print(e)
x = "global"
class Body:
    x = "class"
    y = [x for _ in range(1)]
print(Body.y)
def loop():
    for i in range(3):
        pass
    return i
print(loop())
bad_increment()
