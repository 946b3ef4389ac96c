# test a backslash inside a string literal of an f-string field is a SyntaxError in 3.11
print("never")
print(f'{"\\n".join(["a", "b"])}')
