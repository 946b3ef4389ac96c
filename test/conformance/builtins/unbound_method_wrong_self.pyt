# test calling a builtin type's method through the type with a self of another type
print(list.append.__name__, str.upper("abc"), list(map(str.strip, [" a ", "b "])))
tests = [lambda: list.append(1, 2), lambda: str.upper(5), lambda: dict.get([], 1), lambda: list.__len__("ab"),
         lambda: int.bit_length("x"), lambda: str.join(1, []), lambda: list.append()]
for f in tests:
    try:
        f()
    except TypeError as e:
        print(e)
class L(list): pass
l = L(); list.append(l, 1); print(l, str.upper(type("S", (str,), {})("q")))
print(list.append.__qualname__, [].append.__qualname__, "a".upper.__qualname__, L().append.__qualname__, len.__qualname__)
print(list.append, object.__init__, str.__len__, list.append.__objclass__)
