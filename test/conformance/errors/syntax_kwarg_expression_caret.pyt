# test a keyword argument that is an expression: the carets cover the expression and its "="
class P:
    pass
p = P()
print(p.name = "x")
