# test list(), tuple(), dict(), set() constructors from many iterables and errors
print(list("ab"), list((1,)), list({1: 2}), list(range(2)), list(map(abs, [-1])))
print(tuple([1]), tuple("x"), tuple({"k": 0}.items()))
print(dict([("a", 1), ["b", 2]]), dict(zip("ab", [1, 2])), dict(a=1), dict({"x": 1}, y=2))
print(set("abca") == {"a", "b", "c"}, set([3, 1, 3]), set(range(3)))
print(list(list("ab")), dict(dict(a=1)))
try:
    list(5)
except TypeError as e:
    print(e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print(e)
try:
    tuple(None)
except TypeError as e:
    print(e)
