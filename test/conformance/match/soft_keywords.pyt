# test match and case stay usable as names (soft keywords), also inside match statements
import re

match = 3
case = 4
print(match + case)
match = [1, 2]
match[0] = 10
print(match)

def match(x):
    return f"match({x})"
print(match(1))

class C:
    match = "attr"
    case = "attr2"
print(C.match, C.case)

m = re.match(r"(\d+)", "42abc")
print(m.group(1))

match, case = "subject", "pattern"
match match:
    case "subject":
        print("matched a subject named match")

def f(match, case):
    match match:
        case [case, *rest] if case:
            return case, rest
        case _:
            return "no"
print(f([1, 2, 3], None), f([0], None))

match = {"match": "case"}
match match:
    case {"match": case}:
        print("case =", case)
