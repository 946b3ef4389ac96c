# test an unpacking argument after **kwargs is a SyntaxError with one caret at its *
def f(*a, **k):
    return a, k
k = {"x": 1}
print(f(**k, *(1 + 2,)))
