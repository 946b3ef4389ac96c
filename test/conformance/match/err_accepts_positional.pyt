# test TypeError: a class without __match_args__ takes no positional sub-patterns
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
    return "elsewhere"

print(where(3))
print(where(Point(0, 0)))
