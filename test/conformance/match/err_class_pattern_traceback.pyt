# test the traceback of a class pattern whose class takes fewer positional sub-patterns
match 5:
    case str(s):
        pass
    case int(a, b):
        pass
