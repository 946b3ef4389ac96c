# test annotated assignments and annotations everywhere
count: int = 0
name: str = "x"
values: list[int] = [1, 2]
pending: int
def add(a: int, b: int = 2) -> int:
    return a + b
count += add(1)
print(count, name, values)
print(add.__name__)
class P:
    x: int = 3
    y: float
print(P.x)
