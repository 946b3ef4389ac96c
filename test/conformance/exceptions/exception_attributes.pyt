# test __class__, __name__, isinstance with tuples, exception as value
errors = [ValueError("v"), TypeError("t"), KeyError("k")]
for err in errors:
    print(err.__class__.__name__, isinstance(err, (ValueError, KeyError)), isinstance(err, LookupError))
def fail():
    raise ValueError("stored")
try:
    fail()
except Exception as e:
    saved = e
print(type(saved).__name__, saved, saved.__traceback__ is not None)
e = ValueError("x")
print(e.__cause__, e.__context__, e.__traceback__)
