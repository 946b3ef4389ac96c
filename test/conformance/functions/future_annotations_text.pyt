# test from __future__ import annotations keeps def and class annotations as their source text, never evaluated
from __future__ import annotations
def f(x: int, y: "List[int]") -> Missing: pass
print(f.__annotations__)
class A:
    x: "int" = 1
    y: list[A]
print(A.__annotations__)
