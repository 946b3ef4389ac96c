class CM:
    def __enter__(self): return self
    def __exit__(self, *a): print("exit", a[0].__name__); return False
def f():
    with CM():
        try:
            [][1]
        finally:
            print("fin")
f()
