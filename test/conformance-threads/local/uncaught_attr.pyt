# test local: uncaught attr
import threading
d = threading.local()
print(d.missing)
