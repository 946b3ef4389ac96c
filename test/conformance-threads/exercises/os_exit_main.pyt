# test os._exit in MainThread does not wait for non-daemon threads
import os
import threading

never = threading.Event()
t = threading.Thread(target=never.wait, name="blocked")
t.start()
print("alive:", t.is_alive(), flush=True)
os._exit(0)
