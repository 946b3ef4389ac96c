# test tutorials: _thread low-level API from old tutorials, sys switch interval, stack_size, settrace
import _thread, threading, sys, time
done = _thread.allocate_lock()
done.acquire()
out = []
def job(name, n):
    out.append((name, n, _thread.get_ident() != 0))
    done.release()
ident = _thread.start_new_thread(job, ("T1", 3))
done.acquire()
print(out, type(ident).__name__)
print(type(_thread.LockType).__name__, _thread.LockType is type(threading.Lock()))
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
print(threading.stack_size())
try:
    threading.stack_size(100)
except ValueError as e:
    print("ValueError:", e)
t = threading.Thread(target=lambda: None, name=5)
print(repr(t.name))
t = threading.Thread(target=lambda: None, name="")
print(t.name.startswith("Thread-"))
try:
    _thread.start_new_thread(job)
except TypeError as e:
    print("TypeError:", e)
try:
    _thread.start_new_thread(job, [1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    _thread.start_new_thread(5, ())
except TypeError as e:
    print("TypeError:", e)
print(_thread.TIMEOUT_MAX == threading.TIMEOUT_MAX, _thread.error is RuntimeError)
