# test raise with class, instance, re-raise, raise from
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise ValueError("msg", 2)
except ValueError as e:
    print(repr(e), e.args, str(e))
def reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        print("handling")
        raise
try:
    reraise()
except ZeroDivisionError as e:
    print("re-raised:", e)
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__), "| context is cause:", e.__context__ is e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during")
except ValueError as e:
    print(e, "| context:", repr(e.__context__), "| cause:", e.__cause__)
try:
    raise RuntimeError("no context") from None
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__)
