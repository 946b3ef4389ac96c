a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
h, *mid, t = (1, 2)
print(first, rest, init, last, h, mid, t)
for i, (k, v) in enumerate_like if False else [(0, ("a", 1)), (1, ("b", 2))]:
    print(i, k, v)
for bad in ["a, b = 1, 2, 3", "a, b, c = 1, 2", "a, *b, c = [1]", "a, b = 5"]:
    try:
        exec_like = None
        if bad == "a, b = 1, 2, 3":
            a, b = 1, 2, 3
        elif bad == "a, b, c = 1, 2":
            a, b, c = 1, 2
        elif bad == "a, *b, c = [1]":
            a, *b, c = [1]
        else:
            a, b = 5
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
d = {"a": 1}
d["b"] = d["a"] + 1
lst = [0, 1, 2, 3, 4, 5]
lst[1] = 10
del lst[0]
del d["a"]
print(d, lst, lst[1:3], lst[::-1], lst[-2:])
