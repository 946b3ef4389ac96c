# test condition: wait for predicate
import threading
cond = threading.Condition()
state = {"ready": False}
def setter():
    with cond:
        state["ready"] = True
        cond.notify_all()
with cond:
    t = threading.Thread(target=setter)
    t.start()
    ok = cond.wait_for(lambda: state["ready"])
print("ready:", ok)
t.join()
