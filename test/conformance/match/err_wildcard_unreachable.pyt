# test SyntaxError: a wildcard inside an or-pattern that is not last
match 1:
    case 0 | _ | 2:
        pass
