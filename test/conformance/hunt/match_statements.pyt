# test hunt: match: class patterns with dataclasses, sequences, mappings, guards, or/as patterns, errors
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "elsewhere"
        case _:
            return "not a point"
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 3), "x"]:
    print(where(p))
def cmd(command):
    match command.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["pick", "up", *items] if items:
            return f"picking {items}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb!r}"
        case []:
            return "empty"
for c in ["go north", "go up", "pick up a b", "pick up", "exit", ""]:
    print(cmd(c))
def event(e):
    match e:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", **rest}:
            return f"key {rest}"
        case {"type": str(t)}:
            return f"other {t}"
        case int() | float() as n if n < 0:
            return "negative"
        case int(n):
            return f"int {n}"
        case [1, [2, *inner]]:
            return f"nested {inner}"
        case None:
            return "none"
        case True:
            return "true"
    return "no match"
for e in [{"type": "click", "pos": (1, 2)}, {"type": "key", "k": "a", "mod": 1}, {"type": "x"}, -2.5, 7, [1, [2, 3, 4]], None, True, 3.5, {"pos": 1}]:
    print(event(e))
match 5:
    case 1 | 2:
        print("small")
    case x:
        print("bound", x)
print(x)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(e)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(e)
