# test an instance of a builtin exception takes attributes (it has a __dict__), vars() of one without any is {}
e = ValueError("x")
print(vars(e), e.__dict__)
e.code = 5
e.retry = [1.5]
print(e.code, vars(e), e.__dict__, hasattr(KeyError(), "code"))
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.code, repr(caught))
del e.code
print(vars(e))
try:
    e.code
except AttributeError as err:
    print("AttributeError:", err)
