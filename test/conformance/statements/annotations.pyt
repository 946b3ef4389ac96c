# test annotations in module and class bodies are evaluated and recorded in __annotations__ (not in functions)
count: int = 0
name: str
class A:
    x: int
    y: str = "d"
    z: "list" = None
    def m(self):
        w: undefined_in_function = 5
        return w
print(A.__annotations__, A.y, A().m())
print(__annotations__)
print(count, "name" in globals())
class B(A):
    q: float = 1.0
print(B.__annotations__)
lst = [0]
lst[0]: int = 5
print(lst)
bad: undefined_name = 3
