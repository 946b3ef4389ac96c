# test where a failed assert's traceback points: a comparison test is underlined, any other test (a name, a call, not ...) gets no caret line
import traceback, sys
x = 0
y = 0
def check(thunk):
    try:
        thunk()
    except AssertionError:
        sys.stderr.write(traceback.format_exc())
def a1(): assert x > 0, "compare"
def a2(): assert x, "name"
def a3(): assert isinstance(x, str), f"x is {type(x).__name__}"
def a4(): assert x and y > 0
def a5(): assert x > 0 and y
def a6(): assert not x > 0 or x == 0 and y
def a7(): assert x == 1 if y else x == 2
def a8(): assert len([])
for a in (a1, a2, a3, a4, a5, a6, a7, a8):
    check(a)
assert False, "the end"
