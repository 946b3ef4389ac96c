# test an error raised in a generator __iter__ method consumed by a for loop
class R:
    def __iter__(self):
        yield 1
        raise RuntimeError("in method")
for x in R():
    pass
