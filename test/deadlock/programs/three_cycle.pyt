from threading import Lock, Thread
from time import sleep

first = Lock()
second = Lock()
third = Lock()

def take(mine, other):
    mine.acquire()
    sleep(0.2)
    other.acquire()
    print("never")

Thread(target=take, args=(first, second)).start()
Thread(target=take, args=(second, third)).start()
Thread(target=take, args=(third, first)).start()
