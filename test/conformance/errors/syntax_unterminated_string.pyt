# test SyntaxError: unterminated string literal
print("hello)
