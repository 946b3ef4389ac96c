# test callable(), type() comparisons, getattr on builtins, isinstance of builtins
print(callable(print), callable(len), callable(int), callable(1), callable("s"), callable(lambda: 0))
print(type(print).__name__, type(len).__name__)
print(getattr("abc", "upper")(), getattr([], "append") is not None)
class K:
    def m(self):
        pass
print(callable(K), callable(K()), callable(K().m))
print(print.__name__, len.__name__, int.__name__)
