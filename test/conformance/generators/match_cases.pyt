# test generators whose match statements yield: in case bodies, in a guard, and as the subject
def gen(cmds):
    for c in cmds:
        match c:
            case ("say", msg):
                yield msg
            case ("twice", msg):
                yield msg
                yield msg
            case {"n": n} if n > 1:
                x = yield n
                print("sent", x)
            case _:
                pass
    return "done"

g = gen([("say", "hi"), ("twice", "yo"), {"n": 3}, {"n": 1}, 42, ("say", "end")])
print(next(g), next(g), next(g), next(g))
print(g.send("S"))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def typed(xs):
    for x in xs:
        match x:
            case int():
                yield x * 2
            case str(s):
                yield s.upper()
print(list(typed([1, "a", 2.5, 3])))

def guarded():
    match (yield "subject?"):
        case int(n) if (yield f"guard for {n}"):
            yield "big"
        case other:
            yield f"other {other!r}"

g = guarded()
print(next(g))
print(g.send(5))
print(g.send(True))
g = guarded()
next(g)
print(g.send(5))
print(g.send(False))

def failing():
    match (yield):
        case [a, b]:
            yield a + b
g = failing()
next(g)
try:
    g.send([1, "x"])
except TypeError as e:
    print("TypeError:", e)
