# test a positional argument after **kwargs is a SyntaxError with its caret just past the argument
def f(*a, **k):
    return a, k
k = {"x": 1}
print(f(**k,
        1 + 2))
