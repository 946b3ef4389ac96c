# test SyntaxError: `as _` in a pattern
match 1:
    case int() as _:
        pass
