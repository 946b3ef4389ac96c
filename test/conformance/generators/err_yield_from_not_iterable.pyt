# test yield from a value that is not iterable
def g():
    yield 1
    yield from 5

for v in g():
    print(v)
