# test a bare raise re-raising the exception being handled
def risky():
    return {}["key"]

try:
    risky()
except KeyError:
    print("logging the error")
    raise
