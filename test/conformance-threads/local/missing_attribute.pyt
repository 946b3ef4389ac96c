# test local: missing attribute
import threading
data = threading.local()
seen = []
def worker():
    seen.append(hasattr(data, "x"))
    try:
        data.x
    except AttributeError as e:
        seen.append(str(e))
data.x = 1
t = threading.Thread(target=worker); t.start(); t.join()
print(seen)
