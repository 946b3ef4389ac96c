# test sys.exit() and sys.exit(0) end the program with status 0 and run finally blocks
import sys
try:
    print("before exit")
    sys.exit()
finally:
    print("finally runs")
print("never printed")
