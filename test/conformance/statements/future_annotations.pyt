# test from __future__ import annotations keeps annotations as text (forward references work)
from __future__ import annotations
import __future__
print(__future__.annotations, __future__.division)
x: list[int] = []
class Node:
    next: Node | None = None
    value: int
    def link(self, other: Node) -> Node:
        self.next = other
        return other
print(__annotations__, Node.__annotations__)
a, b = Node(), Node()
print(a.link(b) is b)
from dataclasses import dataclass
@dataclass
class Item:
    name: str
    qty: int = 1
print(Item("x"), Item.__annotations__)
