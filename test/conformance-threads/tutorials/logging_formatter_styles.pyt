# test tutorials: logging.Formatter validates its format per style ('%', '{', '$') with CPython's ValueErrors, a missing field is "Formatting field not found in record", defaults, converter=time.gmtime, datefmt's %f stays literal
import logging, sys, threading, time
rec = logging.makeLogRecord({"msg": "hello %s", "args": ("w",), "name": "n", "levelname": "INFO",
                             "num": 3.14159, "created": 86461.25, "msecs": 250.0})
for style, fmts in {
    "%": ["%(message)s", "%(message)", "plain", "%(num)8.2f|%(message)s", "%(num)-*d", "%(a)#0+ 5.3E",
          "%(x).d", "%%(x)s", "%(message)r", "%(é)s", "%(asctime)s - %(message)"],
    "{": ["{message}", "{message!r:>10}", "{message!x}", "{x", "x}", "{}", "{0}", "{message:<>10.3f}",
          "{message:%}", "{num:{w}}", "{a.b[c]}", "{a..b}", "{a[]}", "{message:zz}", "{message:,}",
          "{message:_.3}", "{m:*^+#010,.2f}", "{m:^^}", "no fields", "{{escaped}}", "{m!}", "{m:{}}"],
    "$": ["$message", "${message}", "$$", "$", "${mess", "$1abc", "a $message $", "$_x ${y}z", "${}", "$ message"],
}.items():
    for f in fmts:
        try:
            fm = logging.Formatter(f, style=style)
        except ValueError as e:
            print(style, repr(f), "ValueError:", e)
            continue
        try:
            print(style, repr(f), "->", repr(fm.format(rec)))
        except Exception as e:
            print(style, repr(f), "format error", type(e).__name__, e)
print(logging.Formatter("{x", style="{", validate=False)._fmt)
try:
    logging.Formatter("x", style="#")
except ValueError as e:
    print(e)
for style, f in [("%", "%(message)s %(user)s"), ("{", "{message} {user}"), ("$", "$message $user")]:
    fm = logging.Formatter(f, style=style, defaults={"user": "anon"})
    print(fm.format(rec), type(fm._style).__name__, fm._style._fmt == fm._fmt, fm.usesTime())
utc = logging.Formatter("%(asctime)s %(message)s")
utc.converter = time.gmtime
print(utc.format(rec))
class UTC(logging.Formatter):
    converter = time.gmtime
print(UTC("%(asctime)s|%(message)s", datefmt="%H:%M:%S.%f").format(rec))
print(UTC("{asctime} {message}", datefmt="%d", style="{").format(rec))
# a record that misses a field: handleError's report, from a worker thread too
logging.basicConfig(format="%(threadName)s %(message)s %(user)s")
logging.warning("no user")
t = threading.Thread(target=logging.error, args=("in thread",), name="Worker"); t.start(); t.join()
print("still running")
