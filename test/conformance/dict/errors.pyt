# test dict errors: missing key, unhashable key, changing size during iteration, popitem on empty
d = {"a": 1}
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e), e.args)
try:
    d[[1]] = 2
except TypeError as e:
    print(e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
try:
    {}.pop("x")
except KeyError as e:
    print("KeyError", e)
try:
    for k in d:
        d["new" + k] = 0
except RuntimeError as e:
    print(e)
try:
    d[(1, 2)]
except KeyError as e:
    print("KeyError", e)
try:
    d[1]
except KeyError as e:
    print("KeyError", e)
try:
    dict([1, 2])
except TypeError as e:
    print(e)
