# test errors: parenthesized with-items cut off by the end of the file: the parenthesis was never closed
with (open('x') as f,