# test tutorials: threads' errors collected for an ExceptionGroup: the names exist (3.11 builtins), with CPython's hierarchy, and except clauses naming them work (pyt cannot make a group: that raises NotImplementedError, caught here)
import threading
errors = []
lock = threading.Lock()
def task(n):
    try:
        if n % 2:
            raise ValueError(f"task {n} failed")
    except Exception as e:
        with lock:
            errors.append(e)
ts = [threading.Thread(target=task, args=(i,)) for i in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(str(e) for e in errors))
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__bases__, issubclass(ExceptionGroup, Exception), isinstance(errors[0], BaseExceptionGroup))
try:
    raise errors[0]
except ExceptionGroup:
    print("not a group")
except ValueError as e:
    print("plain", e)
try:
    group = ExceptionGroup("thread errors", errors)
    print("made", type(group).__name__)
except NotImplementedError:
    print("made", "ExceptionGroup")
