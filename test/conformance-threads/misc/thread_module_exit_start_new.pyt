# test _thread: exit/exit_thread raise SystemExit (a thread ends quietly), start_new is start_new_thread's old name, and start_new_thread's argument errors as CPython's
import _thread, threading
print(_thread.start_new is _thread.start_new_thread, _thread.exit is _thread.exit_thread, _thread.exit, _thread.start_new, _thread.exit_thread)
for f, a, k in [(_thread.exit, (1,), {}), (_thread.exit_thread, (), {"x": 1}), (_thread.start_new, (print,), {}), (_thread.start_new, (print, [1]), {})]:
    try: f(*a, **k)
    except TypeError as e: print(e)
try: _thread.exit()
except SystemExit as e: print(repr(e), e.args, e.code)
done = threading.Event()
out = []
def worker(n):
    out.append(n)
    done.set()
    _thread.exit()
    out.append("not reached")
_thread.start_new(worker, (5,))
done.wait()
t = threading.Thread(target=lambda: (_thread.exit_thread(), out.append("no")))
t.start(); t.join()
print(out)
for f in (_thread.start_new_thread, _thread.start_new):
    for a, k in [((), {}), ((print, (), {}, 1), {}), ((1, ()), {}), ((print, ()), {'x': 1}), ((print, (), 5), {}), ((print, [1]), {}), ((print,), {})]:
        try: f(*a, **k)
        except TypeError as e: print(e)
