# test local: dict and del
import threading
d = threading.local()
d.a = 1
d.b = 2
print(sorted(d.__dict__.items()))
del d.a
print(hasattr(d, "a"), d.b)
