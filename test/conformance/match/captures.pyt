# test capture and wildcard patterns; names stay bound after the match, a failed match binds nothing
match 42:
    case x:
        print("captured", x)
print("after the match x is", x)

match (1, 2):
    case (a, 3):
        print("wrong")
    case _:
        print("no match binds nothing:", "a" in globals())

match (1, 2):
    case (b, c) if c > 5:
        print("wrong")
    case _:
        print("a failed guard leaves the names bound:", b, c)

match [1, 2, 3]:
    case [_, _, _]:
        print("three wildcards")
print("_ is never bound:", "_" in globals())

def f(v):
    match v:
        case [first, *_]:
            return first
        case other:
            return ("other", other)

print(f([9, 8]), f("s"), f(None))

total = 0
for item in [1, "two", 3, [4]]:
    match item:
        case int(n):
            total += n
        case str(s):
            print("skip", s)
        case _:
            print("unknown", item)
print("total", total)

match 5:
    case n if n < 0:
        print("negative")
    case n:
        print("captured after a guarded capture:", n)
