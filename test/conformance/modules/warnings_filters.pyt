# test warnings.filterwarnings/simplefilter: actions error/ignore/always/default/module/once, message regex (case-insensitive, from the start), category, module regex, lineno, append, duplicates, resetwarnings, the assertion errors
import warnings

def w(msg, cat=UserWarning):
    warnings.warn(msg, cat, stacklevel=2)

warnings.resetwarnings()
print(warnings.filters)
warnings.simplefilter("always")
w("a"); w("a")
warnings.simplefilter("ignore", UserWarning)
w("b")
w("c", RuntimeWarning)
warnings.filterwarnings("error", message="boom")
try:
    w("BOOM now")
except UserWarning as e:
    print("raised", type(e).__name__, e)
w("no boom here")                  # 'boom' must match at the start
warnings.filterwarnings("error", category=RuntimeWarning, module="__ma")
try:
    w("rt", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", repr(e))
warnings.filterwarnings("always", category=RuntimeWarning, module="other")
try:
    w("rt2", RuntimeWarning)
except RuntimeWarning as e:
    print("still raised", repr(e))
warnings.resetwarnings()
warnings.filterwarnings("error", lineno=32)
try:
    w("line 32")
except UserWarning as e:
    print("line filter", e)
w("line 37")
warnings.resetwarnings()
warnings.simplefilter("once")
for i in range(2):
    w("once text")
w("once text")
w("once other")
warnings.resetwarnings()
warnings.simplefilter("module")
for i in range(2):
    w("module text")
w("module text")
warnings.resetwarnings()
warnings.simplefilter("default")
for i in range(2):
    w("default text")
w("default text")
warnings.resetwarnings()
warnings.simplefilter("ignore")
warnings.simplefilter("error", append=True)
w("ignored: the first filter wins")
warnings.simplefilter("ignore", append=True)
print(len(warnings.filters))
warnings.simplefilter("error")
warnings.simplefilter("ignore")
print([f[0] for f in warnings.filters])
warnings.simplefilter("ignore")
print([f[0] for f in warnings.filters])
warnings.filterwarnings("always", "msg", DeprecationWarning, "mod", 7)
f = warnings.filters[0]
print(f[0], f[1].pattern, f[1].flags & 2, f[2], f[3].pattern, f[4])
for args in [("bogus",), ("always", 5), ("always", "", int), ("always", "", Warning, 1), ("always", "", Warning, "", -1)]:
    try:
        warnings.filterwarnings(*args)
    except AssertionError as e:
        print("AssertionError:", e)
try:
    warnings.simplefilter("nope")
except AssertionError as e:
    print("AssertionError:", e)
warnings.resetwarnings()
warnings.filters.append(("weird", None, Warning, None, 0))
try:
    w("weird")
except RuntimeError as e:
    print("RuntimeError:", e)
