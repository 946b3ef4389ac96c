# test SyntaxError: 'return' outside function
print("top")
return 5
