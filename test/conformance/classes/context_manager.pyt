# test __enter__/__exit__ in a lesson-style resource class, exception info and suppression
class Resource:
    def __init__(self, name):
        self.name = name
        self.open = False
    def __enter__(self):
        self.open = True
        print(f"open {self.name}")
        return self
    def __exit__(self, exc_type, exc_value, traceback):
        self.open = False
        print(f"close {self.name}", exc_type is not None)
        return exc_type is KeyError
with Resource("db") as r:
    print("using", r.name, r.open)
print("after", r.open)
with Resource("cache"):
    raise KeyError("swallowed")
try:
    with Resource("file"):
        raise ValueError("escapes")
except ValueError as e:
    print("caught", e)
