# The lesson's ping-pong: each thread takes its own lock, which the other one releases.
from threading import Lock, Thread

N = 2000

def player(my_lock, other_lock):
    for _ in range(N):
        my_lock.acquire()
        other_lock.release()

lock1 = Lock()
lock2 = Lock()
lock2.acquire()
t1 = Thread(target=player, args=(lock1, lock2))
t2 = Thread(target=player, args=(lock2, lock1))
t1.start()
t2.start()
t1.join()
t2.join()
print("hand-offs:", 2 * N)
