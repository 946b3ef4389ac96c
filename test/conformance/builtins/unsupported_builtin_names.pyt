# test the names of builtins outside the subset exist (isinstance against bytes/complex works)
print(isinstance("x", (str, bytes)), isinstance(1, complex), isinstance(2.5, (int, float, complex)), bytes.__name__, complex.__name__, callable(eval), callable(exec))
