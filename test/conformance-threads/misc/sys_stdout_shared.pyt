# test sys.stdout/sys.stderr replaced in one thread are what every thread prints to
import sys, threading, io, contextlib

class Prefixed:
    def __init__(self, stream):
        self.stream = stream
    def write(self, s):
        if s.strip():
            s = f"[{threading.current_thread().name}] {s}"
        return self.stream.write(s)
    def flush(self):
        self.stream.flush()

sys.stdout = Prefixed(sys.stdout)
print("main hello")
t = threading.Thread(target=print, args=("thread hello",), name="T1"); t.start(); t.join()
sys.stdout = sys.__stdout__
print("restored")

buf = io.StringIO()
def talk(n):
    print("thread says", n)
    sys.stdout.write(f"direct write {n}\n")
with contextlib.redirect_stdout(buf):
    t = threading.Thread(target=talk, args=(1,)); t.start(); t.join()
    print("main inside")
print("captured:", repr(buf.getvalue()))

def swap():
    sys.stderr = sys.stdout
t = threading.Thread(target=swap); t.start(); t.join()
print("to stdout via stderr", file=sys.stderr)
sys.stderr = sys.__stderr__
def back():
    print("thread sees restored stderr:", sys.stderr is sys.__stderr__)
t = threading.Thread(target=back); t.start(); t.join()
print("err line", file=sys.stderr)

# None is a binding too: print() then writes nothing, in every thread
sys.stdout = None
t = threading.Thread(target=print, args=("never shown",)); t.start(); t.join()
seen = []
t = threading.Thread(target=lambda: seen.append(sys.stdout is None)); t.start(); t.join()
sys.stdout = sys.__stdout__
print("stdout was None in the thread:", seen)
