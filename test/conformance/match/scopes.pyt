# test names bound by patterns in functions (locals, cells), classes, globals, and control flow inside cases
def outer(v):
    match v:
        case [a, b]:
            def inner():
                return a + b
            return inner()
        case _:
            return None
print(outer([1, 2]), outer(3))

counter = 0
def bump(v):
    global counter
    match v:
        case int(counter):
            pass
    return counter
print(bump(7), counter)

class K:
    match (1, 2):
        case (x, y):
            total = x + y
print(K.x, K.y, K.total)

class Private:
    def m(self, v):
        match v:
            case [__hidden]:
                return __hidden
print(Private().m([5]))

def loop(items):
    out = []
    for it in items:
        match it:
            case "stop":
                break
            case "skip":
                continue
            case ("ret", v):
                return out + [f"returned {v}"]
            case _:
                out.append(it)
    return out
print(loop([1, "skip", 2, "stop", 3]))
print(loop([1, ("ret", 9), 2]))

def nested(cmd):
    match cmd:
        case (verb, obj):
            match verb:
                case "go":
                    return f"going {obj}"
                case "take":
                    return f"taking {obj}"
    return "?"
print(nested(("go", "north")), nested(("take", "lamp")), nested(("eat", 1)), nested("x"))

def no_case_matches():
    match 99:
        case 1:
            return "one"
    return "fell through"
print(no_case_matches())

lines = []
while True:
    match len(lines):
        case 3:
            break
        case n:
            lines.append(n)
print(lines)
