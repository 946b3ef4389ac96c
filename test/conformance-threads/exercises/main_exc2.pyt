# test main raises error while threads run
import threading, time
def w():
    time.sleep(0.1)
    print("worker finished")
t = threading.Thread(target=w); t.start()
d = threading.Thread(target=lambda: (time.sleep(5), print("never")), daemon=True); d.start()
raise ValueError("main failed")
