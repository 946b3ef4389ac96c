# test an error raised in an except handler by a bug (NameError during handling)
try:
    int("x")
except ValueError:
    print("handling")
    undefined_function()
