# test yield inside expressions: operands, call arguments, displays, subscripts, and/or, conditionals, f-strings, augmented assignment
def g():
    x = 1 + (yield "a") * 2
    print("x", x)
    print("args", (yield "b"), max((yield "c"), 3), sep="|", end=(yield "d"))
    lst = [1, (yield "e"), *(yield "f")]
    d = {"k": (yield "g"), (yield "h"): 2}
    print(lst, d)
    total = 0
    total += yield "i"
    total -= (yield "j")
    print("total", total)
    a = (yield "k") or (yield "never")
    b = (yield "l") and (yield "m")
    c = (yield "n") if (yield "o") else -1
    print(a, b, c)
    s = f"{(yield 'p')}-{(yield 'q')!r}"
    print(s)
    items = [10, 20, 30]
    print(items[(yield "r")], len((yield "s")))
    if (yield "t") > 2 and (w := (yield "u")):
        print("walrus", w)
    while (yield "v"):
        print("loop")
    for z in (yield "w"):
        print("z", z)
    assert (yield "x"), "no"
    return (yield "y") + 100

it = g()
sends = [None, 5, "A", 7, "\n", "E", [8, 9], "G", "H", 10, 3, 0, "first", 0, 1, "one", "P", "Q", 1, "abc", 5, "walrus!", 1, 0, (1, 2), True, 1]
out = []
try:
    for s in sends:
        out.append(it.send(s))
except StopIteration as e:
    print("return", e.value)
print(out)
