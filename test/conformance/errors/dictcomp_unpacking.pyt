# test ** unpacking as a dict comprehension element is a SyntaxError
print("never")
d = {**x for x in [{1: 2}]}
