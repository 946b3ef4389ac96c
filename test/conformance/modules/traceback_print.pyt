# test the traceback module: print_exc, format_exc, print_exception, format_exception(_only)
import sys
import traceback


def inner():
    raise ValueError("deep")


def outer():
    inner()


try:
    outer()
except ValueError:
    traceback.print_exc()
    s = traceback.format_exc()
    print(s.splitlines()[0], len(s.splitlines()), s.splitlines()[-1])
try:
    {}["k"]
except KeyError as e:
    sys.stderr.write("".join(traceback.format_exception(e)))
    print(traceback.format_exception_only(e))
    traceback.print_exception(e)
    traceback.print_exception(type(e), e, e.__traceback__)
print(repr(traceback.format_exc()))
traceback.print_exc()
try:
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError:
    traceback.print_exc()
print("done")
