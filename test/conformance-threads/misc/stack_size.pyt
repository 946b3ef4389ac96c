# test threading.stack_size: default 0, set and read back, CPython's errors, and a thread started after setting it
import threading
import _thread
print(threading.stack_size(), threading.stack_size is _thread.stack_size)
print(threading.stack_size(65536), threading.stack_size(), threading.stack_size(0), threading.stack_size())
for v in (100, -1, "x", 32767):
    try:
        threading.stack_size(v)
    except Exception as e:
        print(type(e).__name__, e)
try:
    threading.stack_size(1, 2)
except Exception as e:
    print(type(e).__name__, e)
threading.stack_size(1 << 20)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
out = []
t = threading.Thread(target=lambda: out.append(deep(500)))
t.start()
t.join()
print(out, threading.stack_size())
