# test or-patterns and as-patterns, alone and nested
def f(v):
    match v:
        case 1 | 2 | 3:
            return "small"
        case (4 | 5) as n:
            return f"four or five: {n}"
        case [x, 0] | [0, x]:
            return f"one zero and {x}"
        case {"a": x} | {"b": x}:
            return f"a or b: {x}"
        case [(int() | float()) as num, *_] as whole:
            return f"number {num} leads {whole}"
        case str() | bytes():
            return "text"
        case _:
            return "other"

for v in [1, 3, 4, 5, [7, 0], [0, 8], [0, 0], {"b": 2}, {"a": 1, "b": 2}, [2.5, "x"], "s", None, 6]:
    print(repr(v), "->", f(v))

match (1, (2, 3)):
    case (a, (b, c) as inner) as outer:
        print(a, b, c, inner, outer)

match [1, 2]:
    case [a, b] | (b, a):
        print("alternatives bind the same names:", a, b)
