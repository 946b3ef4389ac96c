# test a starred dict value is named as such
print("never")
d = {0: 1, 2: *[3]}
