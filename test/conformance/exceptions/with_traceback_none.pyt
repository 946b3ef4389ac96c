# test raise e.with_traceback(None) drops the frames the exception had collected
def inner():
    1 / 0
try:
    inner()
except ZeroDivisionError as e:
    raise e.with_traceback(None)
