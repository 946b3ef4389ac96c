# test sys.setrecursionlimit in MainThread holds in threads started after it (CPython has one limit)
import threading, sys
print(sys.getrecursionlimit())
def f(): print(sys.getrecursionlimit())
t = threading.Thread(target=f); t.start(); t.join()
sys.setrecursionlimit(3000)
t = threading.Thread(target=f); t.start(); t.join()
sys.setrecursionlimit(20000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
out = []
t = threading.Thread(target=lambda: out.append(depth(15000)))
t.start(); t.join()
print(out)
