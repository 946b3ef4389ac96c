# test SyntaxError: one name bound twice in a pattern
match (1, 2):
    case (x, [y, x]):
        pass
