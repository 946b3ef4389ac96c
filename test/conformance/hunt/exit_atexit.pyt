# test hunt: sys.exit/exit/quit codes, SystemExit repr, atexit order and output
import atexit, sys
atexit.register(print, "atexit 1")
@atexit.register
def bye():
    print("atexit 2", file=sys.stderr)
try:
    sys.exit(4)
except SystemExit as e:
    print("caught", e.code, repr(e), e.args)
try:
    exit("via exit()")
except SystemExit as e:
    print("exit() raises", repr(e.code))
try:
    quit()
except SystemExit as e:
    print("quit()", e.code)
print(repr(SystemExit()), SystemExit(1, 2).code, KeyboardInterrupt.__bases__)
def f():
    raise SystemExit("from function")
try:
    f()
finally:
    print("finally runs")
