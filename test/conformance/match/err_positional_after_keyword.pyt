# test SyntaxError: positional sub-patterns after keyword ones
match 1:
    case int(real=1, 2):
        pass
