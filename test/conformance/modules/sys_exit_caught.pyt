# test SystemExit can be caught, carries the code, and sys.exit(None)
import sys
for arg in [0, 3, "message", None]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), "->", repr(e.code), e.args)
try:
    raise SystemExit(5)
except SystemExit as e:
    print(e.code)
print("still running")
