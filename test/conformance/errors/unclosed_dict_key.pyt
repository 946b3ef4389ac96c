# test errors: a dict key without ':' at the end of a file with the brace open: the brace was never closed
d = {'a': 1, 'b'