# test typing: List/Dict/Optional/Union/Callable reprs, TypeVar, Generic classes, NamedTuple classes, cast
import typing as t
from typing import List, Dict, Optional, Union, Callable, Any, Tuple, TypeVar, Generic, NamedTuple
T = t.TypeVar('T')
print(repr(t.List[int]), repr(t.Optional[int]), repr(t.Union[int, str]), repr(t.Dict[str, t.List[int]]), repr(t.Callable[[int], str]), repr(t.Any), repr(T), repr(t.Tuple[int, ...]), repr(t.Optional[t.Union[int, str]]), repr(t.Union[int]), repr(t.List), repr(t.Callable[..., int]), repr(t.Set[T]), repr(t.Type[int]), repr(t.Iterable[int]), repr(t.Literal['a', 1]), repr(t.Final[int]), repr(t.ClassVar[int]))
print(t.List[int] == t.List[int], t.Union[int, None] == t.Optional[int], t.Union[int, int])
class S(t.Generic[T]):
    def __init__(self):
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
print(S[int], S.__mro__)
s = S[int]()
s.push(3)
print(s.items)
print(t.cast(int, 'x'), t.TYPE_CHECKING)
def process(data: List[int], scale: Optional[float] = None) -> Dict[str, int]:
    return {"n": len(data)}
print(process([1, 2]))
class Employee(NamedTuple):
    name: str
    dept: str = "IT"
    def badge(self):
        return f"{self.name}@{self.dept}"
e = Employee("ann")
print(e, e.badge(), e._fields, Employee("bob", "HR") > e, isinstance(e, tuple))
counts: Dict[str, int] = {}
Handler = Callable[[str], None]
print(counts, Handler, __annotations__)
