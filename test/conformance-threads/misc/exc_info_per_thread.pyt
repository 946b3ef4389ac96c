# test sys.exc_info() is per thread: a thread started inside an except block handles nothing, its own except sees its own exception
import sys
import threading


def work():
    print("thread sees", sys.exc_info())
    try:
        [][1]
    except IndexError:
        print("thread handles", sys.exc_info()[0].__name__, sys.exception())


try:
    raise ValueError("main")
except ValueError:
    t = threading.Thread(target=work)
    t.start()
    t.join()
    print("main still", repr(sys.exception()))
