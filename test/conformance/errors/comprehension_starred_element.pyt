# test a starred element of a list comprehension is a SyntaxError
print("never")
flat = [*row for row in [[1], [2]]]
