# test SyntaxError: a mapping pattern with a repeated literal key
match {}:
    case {"a": 1, "b": 2, "a": 3}:
        pass
