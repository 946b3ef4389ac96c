# test in, not in, is, is not on many types
print(2 in [1, 2, 3], 4 not in [1, 2, 3])
print("ell" in "hello", "" in "abc", "z" not in "abc")
print("a" in {"a": 1}, 1 in {"a": 1})
print(3 in range(0, 10, 3), 4 in range(0, 10, 3))
print((1, 2) in [(1, 2)], 2 in (1, 2))
print(1 in {1, 2}, None is None, None is not None)
a = [1]
b = [1]
print(a == b, a is b, a is not b)
c = a
print(c is a)
x = None
print(x is None, x == None)
print(True is True, 1 == True, 0 == False)
print([] is [], () == ())
