# test yield where the grammar has no yield expression (an operand) is invalid syntax
def f():
    x = 1 + yield 2
