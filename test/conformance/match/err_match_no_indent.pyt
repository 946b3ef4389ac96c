# test IndentationError: the cases of a match statement must be indented
match 1:
case 1:
    pass
