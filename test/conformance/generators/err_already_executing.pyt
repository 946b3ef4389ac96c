# test a generator that resumes itself: "ValueError: generator already executing"
def g():
    yield 1
    next(me)
    yield 2

me = g()
print(next(me))
next(me)
