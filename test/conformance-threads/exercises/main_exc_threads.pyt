# test main raises while threads run
import threading, time
ev = threading.Event()
def w():
    ev.wait()
    time.sleep(0.05)
    print("worker finished")
t = threading.Thread(target=w); t.start()
ev.set()
raise SystemExit("bye")
