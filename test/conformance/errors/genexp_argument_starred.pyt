# test a starred generator-expression argument is a SyntaxError
print("never")
print(*row for row in [[1], [2]])
