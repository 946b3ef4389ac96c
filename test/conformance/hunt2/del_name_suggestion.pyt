# test del of a name that is not there: NameError with "Did you mean" (module level, global in a function, class body)
def f():
    global lenn
    del lenn
class A:
    try:
        del prnt
    except NameError as e:
        print(e, e.name)
try:
    f()
except NameError as e:
    print(e, e.name)
for i in range(3):
    pass
del i
del i
