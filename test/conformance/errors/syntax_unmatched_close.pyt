# test SyntaxError: unmatched closing bracket
print("a"))
