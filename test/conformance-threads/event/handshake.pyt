# test event: handshake
import threading
ping = threading.Event(); pong = threading.Event()
out = []
def a():
    for i in range(3):
        out.append(f"ping {i}")
        ping.set()
        pong.wait(); pong.clear()
def b():
    for i in range(3):
        ping.wait(); ping.clear()
        out.append(f"pong {i}")
        pong.set()
t1 = threading.Thread(target=a); t2 = threading.Thread(target=b)
t1.start(); t2.start(); t1.join(); t2.join()
print("\n".join(out))
