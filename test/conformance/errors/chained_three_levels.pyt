# test three chained exceptions mixing cause and context
def a():
    raise KeyError("a")

def b():
    try:
        a()
    except KeyError as e:
        raise ValueError("b") from e

def c():
    try:
        b()
    except ValueError:
        raise RuntimeError("c")

c()
