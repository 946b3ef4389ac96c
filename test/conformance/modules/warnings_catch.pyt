# test warnings.catch_warnings (record, action=, filters and showwarning restored, nesting, its RuntimeErrors and repr), WarningMessage, showwarning/formatwarning replaced, warn_explicit, showwarning to a file
import warnings, sys, io

def w(msg, cat=UserWarning):
    warnings.warn(msg, cat, stacklevel=2)

before = warnings.filters
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    w("one"); w("one")
    w("two", DeprecationWarning)
    print(warnings.filters is before, len(warnings.filters))
print(warnings.filters is before)
for m in log:
    print(type(m).__name__, m.message, m.category.__name__, m.filename == __file__, m.lineno, m.file, m.line, m.source)
print(str(log[0]).replace(__file__, "F"))
with warnings.catch_warnings() as nothing:
    print(nothing)
    warnings.simplefilter("ignore")
    w("hidden")
w("shown after")
with warnings.catch_warnings(record=True, action="error") as log:
    try:
        w("err")
    except UserWarning as e:
        print("error inside", e)
    with warnings.catch_warnings(record=True) as inner:
        warnings.simplefilter("always")
        w("inner")
    print(len(log), len(inner))
cm = warnings.catch_warnings(record=True)
print(repr(cm), repr(warnings.catch_warnings()))
try:
    cm.__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError:", e)
cm.__enter__()
try:
    cm.__enter__()
except RuntimeError as e:
    print("RuntimeError:", e)
cm.__exit__(None, None, None)

def myshow(message, category, filename, lineno, file=None, line=None):
    print("myshow:", message, category.__name__, filename == __file__, lineno, file, line)
old = warnings.showwarning
warnings.showwarning = myshow
w("via myshow")
warnings.showwarning = old
def myformat(message, category, filename, lineno, line=None):
    return f"[{category.__name__}] {message} @{lineno}\n"
oldf = warnings.formatwarning
warnings.formatwarning = myformat
w("via myformat")
warnings.formatwarning = oldf
warnings.showwarning = 42
try:
    w("bad hook")
except TypeError as e:
    print("TypeError:", e)
warnings.showwarning = old
buf = io.StringIO()
warnings.showwarning("to a file", RuntimeWarning, "f.py", 9, file=buf, line="  the line  ")
print(repr(buf.getvalue()))
print(repr(warnings.formatwarning("fmt", UserWarning, __file__, 4).replace(__file__, "F")))
print(repr(warnings.formatwarning("fmt", UserWarning, "nofile.py", 4)))
print(repr(warnings.formatwarning("fmt", UserWarning, "nofile.py", 4, "")))
reg = {}
warnings.warn_explicit("explicit", UserWarning, "mod.py", 3, registry=reg)
warnings.warn_explicit("explicit", UserWarning, "mod.py", 3, registry=reg)
print(sorted(map(str, reg)))
warnings.warn_explicit(SyntaxWarning("inst"), UserWarning, "mod.py", 5, module="m")
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn_explicit("x", UserWarning, "m.py", True)
    for bad in ("7", 7.0):
        try:
            warnings.warn_explicit("x", UserWarning, "m.py", bad)
        except TypeError as e:
            print("TypeError:", e)
print(log[0].lineno, type(log[0].lineno).__name__)
old_stderr = sys.stderr
sys.stderr = io.StringIO()
w("captured stderr")
got = sys.stderr.getvalue()
sys.stderr = old_stderr
print(repr(got.replace(__file__, 'F')))
