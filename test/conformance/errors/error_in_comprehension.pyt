# test an error raised inside a list comprehension (its own frame in CPython 3.11)
values = [1, 2, 0, 4]
inverses = [1 / v for v in values]
