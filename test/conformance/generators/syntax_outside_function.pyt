# test yield at module level is a SyntaxError
print("never")
x = 1
yield x
