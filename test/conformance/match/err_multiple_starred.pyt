# test SyntaxError: two starred names in a sequence pattern
match [1, 2, 3]:
    case [first, *a, *b]:
        pass
