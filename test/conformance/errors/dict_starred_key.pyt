# test a starred dict key is invalid syntax at its colon
print("never")
d = {*[1]: 2}
