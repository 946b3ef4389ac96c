# test hash of ints, floats, bools, tuples (equality), and unhashable errors
print(hash(1), hash(0), hash(-1), hash(-2), hash(True), hash(False))
print(hash(1.0) == hash(1), hash(1.5), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(hash(10 ** 20), hash(0.5), hash(-0.0), hash(None) == hash(None))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash(()) == hash(()))
print(hash(float("inf")), hash(float("-inf")))
for bad in [[], {}, set()]:
    try:
        hash(bad)
    except TypeError as e:
        print(e)
