# test exception raised in finally replaces the original, with context
try:
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))
def swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return i
print(swallow())
