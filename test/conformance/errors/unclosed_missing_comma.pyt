# test errors: a missing comma whose second expression runs to the end of a file with the parenthesis open: CPython reports the parenthesis
print(1 2