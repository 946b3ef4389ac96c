# test condition: uncaught wait error
import threading
c = threading.Condition(threading.Lock())
c.wait(1)
