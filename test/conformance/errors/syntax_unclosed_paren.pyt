# test SyntaxError: an opening parenthesis never closed
print("start")
total = (1 + 2
print(total)
