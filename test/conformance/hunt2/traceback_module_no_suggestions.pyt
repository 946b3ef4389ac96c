# test 3.11's traceback module and logging print NameError/AttributeError without "Did you mean" (the uncaught display and sys.excepthook add it)
import traceback, logging, sys
def f():
    return lenn
class Config:
    timeout = 5
try:
    f()
except NameError as e:
    traceback.print_exc()
    sys.stderr.write(traceback.format_exc())
    print(traceback.format_exception(e)[-1])
    print(traceback.format_exception_only(type(e), e))
    logging.exception("boom")
    sys.excepthook(*sys.exc_info())
try:
    Config().timout
except AttributeError as e:
    print(traceback.format_exception_only(e))
    try:
        raise KeyError("k") from e
    except KeyError:
        traceback.print_exc()
Config.timeuot
