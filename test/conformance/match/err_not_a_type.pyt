# test TypeError: the callee of a class pattern must be a type
Point = lambda x, y: (x, y)
match (1, 2):
    case Point(x=1):
        print("wrong")
