# test int | None and other unions of types (types.UnionType): repr, isinstance, annotations
x: int | None = None
class A:
    pass
def f(v):
    return isinstance(v, int | str), issubclass(bool, int | None)
print(int | None, int | str | None, None | int, list[int] | None, A | int, type(int | str).__name__)
print(f(3), f(2.5), isinstance(None, int | None), (int | str) == (str | int), int | int)
print(__annotations__)
print((int | str).__args__)
try:
    int | "str"
except TypeError as e:
    print("TypeError:", e)
