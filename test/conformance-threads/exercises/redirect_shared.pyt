# test sys.stdout replaced in one thread is seen by others
import threading, sys, io, contextlib
buf = io.StringIO()
def w(): print("from thread")
with contextlib.redirect_stdout(buf):
    t = threading.Thread(target=w); t.start(); t.join()
print("captured:", repr(buf.getvalue()))
buf2 = io.StringIO()
def swap():
    sys.stdout = buf2
t = threading.Thread(target=swap); t.start(); t.join()
print("into buf2")
sys.stdout = sys.__stdout__
print("restored:", repr(buf2.getvalue()))
errbuf = io.StringIO()
sys.stderr = errbuf
def bad(): raise ValueError("x")
t = threading.Thread(target=bad, name="B"); t.start(); t.join()
sys.stderr = sys.__stderr__
print(errbuf.getvalue().splitlines()[0], errbuf.getvalue().splitlines()[-1])
