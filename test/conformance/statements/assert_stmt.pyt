# test assert passes silently and raises AssertionError with or without message
assert True
assert 1 + 1 == 2, "math works"
try:
    assert 1 > 2
except AssertionError as e:
    print("no message:", repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("message:", e)
try:
    x = 5
    assert x < 0, f"x was {x}"
except AssertionError as e:
    print(e)
