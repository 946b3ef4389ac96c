# test errors: a missing comma followed by more inside a parenthesis never closed: CPython reports the comma
print(a b c