# test list[int], dict[str, int], tuple[int, ...] and type[int] are GenericAlias objects (annotations in bodies are evaluated)
values: list[int] = [1, 2]
pairs: dict[str, list[int]] = {}
t: tuple[int, ...] = (1,)
class A:
    items: set[str] = set()
    kind: type[int] = int
print(list[int], dict[str, int], tuple[int, ...], tuple[()], set[A], frozenset[float], type[int])
print(list[int]("ab"), list[int].__origin__, dict[str, int].__args__, type(list[int]))
print(A.__annotations__)
print(__annotations__)
class A2:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item}]"
class B2(A2):
    pass
print(A2[int], B2["x"])
