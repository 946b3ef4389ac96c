# test with statements: as targets, multiple managers, exceptions passed to __exit__
class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return False
with Ctx("a") as x:
    print("inside", x)
with Ctx("b") as b, Ctx("c") as c:
    print("inside", b, c)
try:
    with Ctx("d"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
with Ctx("e"):
    pass
def early():
    with Ctx("f"):
        return "returned"
print(early())
