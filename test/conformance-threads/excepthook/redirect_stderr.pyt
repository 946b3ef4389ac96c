# test the default threading.excepthook writes to sys.stderr as it is then (redirect_stderr, a replacement; None, with the thread made while None: nothing)
import contextlib
import io
import sys
import threading

def fail(kind):
    if kind == "key":
        return {}["missing"]
    raise ValueError(f"bad {kind}")

buf = io.StringIO()
with contextlib.redirect_stderr(buf):
    t = threading.Thread(target=fail, args=("key",), name="captured")
    t.start()
    t.join()
lines = buf.getvalue().splitlines()
print("captured:", lines[0], "|", lines[-1])

class Tagged:
    def __init__(self):
        self.text = ""
    def write(self, s):
        self.text += s
    def flush(self):
        print("(flushed)")

sys.stderr = Tagged()
t = threading.Thread(target=fail, args=("tagged",), name="tagged")
t.start()
t.join()
tagged = sys.stderr.text.splitlines()
print("tagged:", tagged[0], "|", tagged[-1])
sys.stderr = None
t = threading.Thread(target=fail, args=("none",), name="to-original")
t.start()
t.join()
sys.stderr = sys.__stderr__
print("done")
