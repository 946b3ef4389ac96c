# test misc: timeout max
import threading
print(type(threading.TIMEOUT_MAX).__name__, threading.TIMEOUT_MAX > 0)
