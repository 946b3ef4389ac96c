# test None: repr, comparisons, function default return, in containers
print(None, repr(None), str(None), type(None).__name__)
print(None == None, None is None, None == 0, None == False, not None)
def f():
    pass
print(f() is None)
print([None, None], {"k": None}, (None,))
x = None
print(x or "fallback")
try:
    None < 1
except TypeError as e:
    print(e)
try:
    None + 1
except TypeError as e:
    print(e)
try:
    None.attr
except AttributeError as e:
    print(e)
