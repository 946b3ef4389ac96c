# test SyntaxError: a complex literal pattern needs an imaginary part after the sign
match 2:
    case 1 + 1:
        pass
