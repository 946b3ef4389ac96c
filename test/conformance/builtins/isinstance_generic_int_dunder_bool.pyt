# test isinstance/issubclass with a parameterized generic, and int dunders given a bool (int.__repr__(True))
for f in [lambda: isinstance([], list[int]), lambda: issubclass(list, dict[str, int]), lambda: isinstance(1, (int, list[int])), lambda: isinstance(1, int | list[int])]:
    try:
        print(f())
    except TypeError as e:
        print(e)
print(int.__repr__(True), int.__str__(False), repr(int.__repr__(True)), int.__format__(True, ''), int.__format__(True, 'd'), int.__hash__(True))
