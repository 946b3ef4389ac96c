# test an except clause whose type is not an exception class: the error chains to the exception being matched
try:
    x = 1
except 5:
    pass
print("no exception, no check")
def f():
    try:
        1 / 0
    except (ValueError, 5): pass
f()
