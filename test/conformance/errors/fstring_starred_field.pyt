# test a starred expression as an f-string field is a SyntaxError
print("never")
print(f"{*[1, 2]}")
