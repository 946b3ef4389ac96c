# test atexit: callbacks run after sys.exit(3), which keeps its status; a callback's own sys.exit does not change it
import atexit
import sys


def bye(who):
    print("bye from", who)


atexit.register(bye, "first")
atexit.register(sys.exit, 7)
atexit.register(bye, "second")


def leave():
    try:
        sys.exit(3)
    finally:
        print("finally runs before the callbacks")


print("main")
leave()
print("not reached")
