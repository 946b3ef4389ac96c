# test tutorials: a thread started with _thread.start_new_thread has no threading.Thread until it calls current_thread(), which makes a _DummyThread named from threading's counter (Dummy-1: the start itself takes no number), then a Thread is numbered after it
import _thread, threading, re
done = threading.Event()
res = []
def f():
    ct = threading.current_thread()
    res.append((type(ct).__name__, ct.name, ct.daemon, re.sub(r"\d{3,}", "N", repr(ct)), ct.is_alive()))
    res.append(len(threading.enumerate()))
    done.set()
_thread.start_new_thread(f, ())
done.wait()
print(res)
print(threading.active_count() in (1, 2))
t = threading.Thread(target=lambda: None)
print(t.native_id, t.ident)
print(threading.Thread(target=print).name)
