# test RecursionError in a thread
import threading, sys
def rec(n): return rec(n + 1)
def w():
    try:
        rec(0)
    except RecursionError as e:
        print("caught", e)
t = threading.Thread(target=w); t.start(); t.join()
print(sys.getrecursionlimit())
def deep(n): return 0 if n == 0 else 1 + deep(n - 1)
def w2(): print(deep(900))
t = threading.Thread(target=w2); t.start(); t.join()
t = threading.Thread(target=rec, args=(0,)); t.start(); t.join()
