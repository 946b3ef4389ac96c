# test condition: wait timeout
import threading
cond = threading.Condition()
with cond:
    print(cond.wait(0.05))
    print(cond.wait_for(lambda: False, timeout=0.05))
    print(cond.wait(0))
