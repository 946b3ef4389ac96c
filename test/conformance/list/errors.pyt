# test list errors: index out of range, remove missing, pop empty, index missing, bad index types
lst = [1, 2, 3]
actions = [
    ("lst[3]", lambda: lst[3]),
    ("lst[-4]", lambda: lst[-4]),
    ("lst.remove(9)", lambda: lst.remove(9)),
    ("[].pop()", lambda: [].pop()),
    ("lst.pop(10)", lambda: lst.pop(10)),
    ("lst.index(9)", lambda: lst.index(9)),
    ("lst[1.0]", lambda: lst[1.0]),
    ("lst['a']", lambda: lst["a"]),
    ("lst + (4,)", lambda: lst + (4,)),
    ("lst * 'x'", lambda: lst * "x"),
]
for label, action in actions:
    try:
        action()
    except (IndexError, ValueError, TypeError) as e:
        print(label, "->", type(e).__name__ + ":", e)
try:
    lst[5] = 0
except IndexError as e:
    print(e)
