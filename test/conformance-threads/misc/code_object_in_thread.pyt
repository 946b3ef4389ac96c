# test a function's __code__ read in another thread
import threading
def work(a, b):
    c = a + b
    return c
out = []
t = threading.Thread(target=lambda: out.append((work.__code__.co_varnames, work.__code__.co_firstlineno)))
t.start(); t.join()
print(out)
