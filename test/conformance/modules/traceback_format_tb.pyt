# test traceback.print_tb/format_tb/extract_tb/format_list on an exception's __traceback__ (carets included), FrameSummary unpacking
import traceback, sys
def g():
    return 1 / 0
def outer():
    return g()
try:
    outer()
except ZeroDivisionError as e:
    traceback.print_tb(e.__traceback__)
    traceback.print_tb(e.__traceback__, limit=1)
    st = traceback.extract_tb(e.__traceback__)
    print(len(st), [fs.name for fs in st], [fs.lineno for fs in st], [fs.line for fs in st], type(st).__name__)
    fname, lineno, name, line = st[-1]
    print(lineno, name, line)
    print(len(traceback.format_tb(e.__traceback__)), traceback.format_tb(None))
    sys.stderr.write("".join(traceback.format_list(st)))
    print(traceback.format_exception_only(type(e), e))
