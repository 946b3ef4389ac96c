# test multiprocessing.dummy: Pipe gives two connected ends (send/recv/poll) between threads
from multiprocessing.dummy import Pipe, Process

parent, child = Pipe()


def echo(conn):
    while True:
        msg = conn.recv()
        if msg == "stop":
            break
        conn.send(msg.upper())


p = Process(target=echo, args=(child,))
p.start()
for word in ("ping", "pong"):
    parent.send(word)
    print(parent.recv())
print(parent.poll())
parent.send("stop")
p.join()
with parent:
    print(type(parent).__name__, parent.poll(0.01))
