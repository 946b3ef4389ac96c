# test the SyntaxWarnings CPython's compiler prints before running: 'is' with a literal, an always-true assert on a tuple, a missed comma (call or subscript of a literal)
x = 5
if x is 5:
    print("yes")
print(x is not "a", x == 5, x is None, x is not True, x is ..., x is -1, x is (1, 2), x is (x, 1), x is (not 1))
def f():
    assert (x, "msg")
    return [[1, 2] [0, 1] if False else 0]
try:
    "abc"()
except TypeError as e:
    print(e)
try:
    print(5[0] if False else 1, (1, 2)["a"] if False else 2, [1, 2][1.5] if False else 3)
except TypeError as e:
    print(e)
y = [[1, 2] [3, 4] if False else 0, {1}[0] if False else 0, (lambda: 1)[0] if False else 0, None[1] if False else 0]
z = [f"{x}"["a"] if False else 0, "ab"[1], "ab"[x:], [1][True], (1,)[-1], b"x"[0], "s"[None] if False else 0]
w = [[1]()] if False else [(i for i in "a")[0] if False else 0, {}(), 1j()] if False else 0
assert (), "empty tuple is fine"
print(f(), y, z, w)
