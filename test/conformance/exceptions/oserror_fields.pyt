# test OSError(errno, strerror[, filename...]): its fields, its str, the subclass its errno selects
e = OSError(2, "No such file"); print(type(e).__name__, e.errno, e.strerror, e.filename, e, e.args)
e = OSError("just msg"); print(e.errno, e, e.args)
e = OSError(5, "I/O error", "f.txt"); print(type(e).__name__, e, e.args, e.filename)
e = OSError(13, "denied", "a", None, "b"); print(type(e).__name__, e, e.filename2)
e = OSError(1, "x", None); print(e, e.filename, e.args)
e = FileNotFoundError(2, "missing", "a.txt"); print(e, e.args, isinstance(e, OSError))
e = ConnectionRefusedError("refused"); print(e, e.errno)
e = OSError(); print(repr(e), str(e))
e = OSError(1, 2, 3, 4, 5, 6); print(e, e.errno)
e = TimeoutError(110, "timed out"); print(e, type(OSError(110, "t")).__name__)
class MyErr(OSError):
    def __init__(self, msg):
        super().__init__(msg)
print(MyErr("m"), type(MyErr(2)).__name__)
try:
    raise OSError(111, "Connection refused")
except ConnectionError as e:
    print("caught", type(e).__name__, e)
e = OSError(2, "x"); e.errno = 7; e.filename = "q"; print(e)
raise FileNotFoundError(2, "No such file or directory", "data.csv")
