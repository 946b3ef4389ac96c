# test an error in an expression around a yield (None sent): the caret covers the operation
def gen():
    total = 0
    while True:
        total += (yield total) * 2
g = gen()
next(g)
g.send(None)
