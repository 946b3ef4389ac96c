# test pass, bare return, return of tuples, implicit None
def nothing():
    pass
def bare():
    return
def pair():
    return 1, 2
def early(x):
    if x:
        return "early"
    print("late path")
print(nothing(), bare(), pair())
print(early(True))
print(early(False))
class Empty:
    pass
print(type(Empty()).__name__)
