# test * and ** unpacking in calls and displays
def f(a, b, c=0, *args, **kwargs):
    return a, b, c, args, kwargs
print(f(*[1, 2]))
print(f(*(1, 2, 3, 4, 5)))
print(f(1, **{"b": 2, "c": 3}))
print(f(*[1], *[2], x=1, **{"y": 2}))
print([*range(3), *"ab"])
print((*[1, 2], 3))
print({**{"a": 1}, "b": 2, **{"a": 3}})
print({*[1, 2], *[2, 3]})
print(*[1, 2, 3], sep="-")
print(*"abc")
