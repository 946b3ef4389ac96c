# test condition: ping pong
import threading
cond = threading.Condition()
turn = ["ping"]
out = []
def player(me, other):
    for i in range(5):
        with cond:
            cond.wait_for(lambda: turn[0] == me)
            out.append(me)
            turn[0] = other
            cond.notify()
a = threading.Thread(target=player, args=("ping", "pong"))
b = threading.Thread(target=player, args=("pong", "ping"))
a.start(); b.start(); a.join(); b.join()
print(" ".join(out))
