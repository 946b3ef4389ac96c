# test e.__traceback__: the same object each time, tb_lineno and tb_next down to the raise
import sys
def inner():
    return 1 / 0
def outer():
    return inner()
try:
    outer()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb is e.__traceback__, type(tb).__name__)
    n = 0
    while tb is not None:
        print("line", tb.tb_lineno)
        tb = tb.tb_next
    print(f"Error on line {e.__traceback__.tb_lineno}: {e}")
    t, v, tb2 = sys.exc_info()
    print(tb2 is e.__traceback__, tb2.tb_next.tb_lineno)
