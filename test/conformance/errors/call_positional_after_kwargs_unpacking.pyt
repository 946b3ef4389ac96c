# test a positional argument after **kwargs is located just past the argument
print("never")
print(**{"sep": "-"}, "a" + "b")
