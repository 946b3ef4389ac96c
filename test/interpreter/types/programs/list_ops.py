# list: indexing, slices with steps, slice assignment/deletion, methods, errors
a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(a[-1], a[2:5], a[::2], a[::-3], a[7:2:-2], a[100:], a[-100:2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[::3] = [None] * len(b[::3])
print(b)
del b[::2]
print(b)
del b[1:3]
print(b)
try:
    b[::2] = [1, 2, 3, 4, 5, 6]
except ValueError as e:
    print(e)
l = [3, 1, 2]
l.append(4); l.extend((5, 6)); l.insert(0, 0); l.insert(-1, 9); l.insert(100, 10)
print(l, l.pop(), l.pop(0), l.pop(-2), l)
l.remove(3)
print(l, l.index(3), l.count(1), l.index(2, 1, 5))
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: l.remove(42), lambda: l.index(42), lambda: l[10], lambda: l["a"]]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    l[10] = 1
except IndexError as e:
    print(e)
print([1, 2] + [3], [1, 2] * 2, 2 * [0], [1] * -1, [1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0], [] == [])
try:
    [1] + (2,)
except TypeError as e:
    print(e)
try:
    [1] * 1.5
except TypeError as e:
    print(e)
x = [1]
x += (2, 3)
x *= 2
print(x)
x.reverse(); print(x)
c = x.copy(); x.clear(); print(x, c)
r = [1, 2]; r.append(r); print(r)
print(list("abc"), list(range(3)), list({1: 2}), list())
print(3 in [1, 2, 3], 4 not in [1, 2, 3], bool([]), len([1, 2]))
print(repr([1.5, "a", None, True, (1,)]))
