# test function __annotations__: parameters, *args/**kwargs, return, evaluated at def time; strings under from __future__ import annotations
from typing import List, Optional
class Node:
    def link(self, other: "Node", *rest: int, key: str = "k", **kw: float) -> "Node":
        return other
    def plain(self, a, b=1): pass
def outer():
    class Local: pass
    def inner(x: Local) -> List[Local]: pass
    return inner
print(Node.link.__annotations__, Node.plain.__annotations__, (lambda x: x).__annotations__)
print(outer().__annotations__["x"].__name__)
def f(a: int) -> None: pass
f.__annotations__["extra"] = str
print(f.__annotations__)
try:
    f.__annotations__ = 5
except TypeError as e:
    print(e)
