# test pow(a, b, m) type errors: a float among numbers vs a non-number (CPython's ternary-op message)
for a in [(2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), (2, 3, 'x'), ('x', 3, 5), (2, 'x', 5), (2, 3, None), (True, 2, 3), ([], 2, 3)]:
    try:
        print(pow(*a))
    except TypeError as e:
        print(a, e)
