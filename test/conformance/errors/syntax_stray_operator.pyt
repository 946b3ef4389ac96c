# test SyntaxError: invalid syntax from a stray operator
x = 5 +* 3
