# test exit and quit: their repr says how to leave; calling them raises SystemExit with the code
import sys
try:
    sys.exit()
except SystemExit as e:
    print(repr(e), e.code)
try:
    quit(4)
except SystemExit as e:
    print(repr(e), e.code)
print(repr(exit), repr(quit))
sys.exit([1, 2])
