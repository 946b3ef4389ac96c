# test hunt: builtin generic aliases and unions: reprs, __origin__/__args__, isinstance errors
import collections, typing
print(list[int], dict[str, list[int]], type[int], tuple[int, ...], tuple[()], set[str] | None, int | str | None, (int | str).__args__)
print(collections.deque[int], collections.OrderedDict[str, int], collections.abc.Callable[[int], str], typing.List[int] == list[int])
for bad in [lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]), lambda: list[int](), lambda: int | 5, lambda: isinstance(1, int | list[int])]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, int | str), (int | str) == (str | int), hash(int | str) == hash(str | int))
def f(x: list[int] | None = None) -> dict[str, int]:
    return {}
print(f.__annotations__)
print(list[int].__origin__, list[int].__args__, list[int][0] if False else "ok", type(list[int]).__name__, type(int | str).__name__)
print(repr(typing.Optional[list[int]]), typing.Union[int, list[str]], typing.Dict[str, typing.Any])
