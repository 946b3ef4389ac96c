# test barrier: parties error
import threading
try:
    threading.Barrier(0)
except ValueError as e:
    print(e)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
