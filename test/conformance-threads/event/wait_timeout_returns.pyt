# test event: wait timeout returns
import threading
e = threading.Event()
print(e.wait(0.05))
e.set()
print(e.wait(0.05), e.wait(), e.is_set())
e.clear()
print(e.is_set(), e.wait(0))
