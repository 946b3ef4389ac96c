# test hunt: typing: get_origin/get_args, None as NoneType in subscriptions, Tuple[()] and Optional reprs, Generic, NamedTuple, Protocol
from typing import (List, Dict, Optional, Union, Tuple, Callable, Any, TypeVar, Generic, NamedTuple, Iterator,
                    Iterable, Protocol, Sequence, Set, get_type_hints, cast, overload, Final, Literal)
import typing
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s: Stack[int] = Stack()
s.push(1)
print(s.pop(), Stack[int], T, Optional[int], Union[int, str], List[Dict[str, int]], Callable[[int], str], Tuple[int, ...])
def greet(name: str, times: int = 1) -> str:
    return name * times
print(greet.__annotations__, get_type_hints(greet))
class Employee(NamedTuple):
    name: str
    id: int = 3
    def label(self) -> str:
        return f"{self.name}#{self.id}"
e = Employee("x")
print(e, e.label(), e._asdict(), Employee._fields, Employee.__annotations__, e._replace(id=9))
class Greeter(Protocol):
    def greet(self) -> str: ...
def run(g: Greeter) -> str:
    return g.greet()
class En:
    def greet(self): return "hello"
print(run(En()))
print(cast(int, "x"), Optional[str] == Union[str, None], Union[int, int], int | None, list[int], dict[str, list[int]])
x: Final = 5
y: Literal["a", "b"] = "a"
print(x, y, Literal["a", "b"], Any, typing.Iterator[int], Sequence[str])
def first(xs: Iterable[T]) -> Optional[T]:
    for v in xs:
        return v
    return None
print(first([3, 4]), first([]))
print(isinstance([], typing.List) if False else "skip", isinstance(3, int | str), isinstance("a", Union[int, str]))
class Node:
    def __init__(self, val: int, next: "Optional[Node]" = None):
        self.val, self.next = val, next
print(Node.__init__.__annotations__)
def f(*args: int, **kwargs: str) -> None: pass
print(f.__annotations__)
lst: list[int] = []
print(__annotations__)
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_origin(int | str), typing.get_args(Optional[int]))
from typing import ClassVar, Type, Deque, Generator, Mapping
import collections.abc
for tp in [List[int], Dict[str, int], Optional[int], Union[int, str], Callable[[int, str], bool], Callable[..., int],
           Tuple[int, ...], Tuple[()], Literal["a", 1], ClassVar[int], Final[str], Iterable[int], Iterator[str], Sequence[int],
           Set[int], Type[int], Deque[int], Generator[int, None, None], Mapping[str, int], typing.AbstractSet[int],
           list[int], dict[str, tuple[int, int]], int | str, int | None, int, Any, str, None, Stack[int], Generic]:
    print(repr(tp), typing.get_origin(tp), typing.get_args(tp))
for tp in [Callable[[None], None], Dict[str, None], Literal[None], Optional[None]]:
    print(repr(tp), typing.get_origin(tp), typing.get_args(tp))
print(Stack[None], typing.get_args(Stack[None]), Union[None, int], Optional[None])
