# test sys.exit(2) from inside nested functions, with finally blocks running
import sys
def inner():
    try:
        sys.exit(2)
    finally:
        print("inner finally")
def outer():
    try:
        inner()
    finally:
        print("outer finally")
outer()
