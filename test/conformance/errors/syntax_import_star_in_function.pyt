# test "from m import *" inside a function is a SyntaxError, as CPython's symtable says
def load():
    from math import *
    return sqrt(4)
print(load())
