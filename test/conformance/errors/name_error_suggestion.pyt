# test NameError with a "Did you mean" suggestion for a close name
message = "hello"
print(mesage)
