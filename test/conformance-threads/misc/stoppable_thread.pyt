# test the StoppableThread pattern (a stop Event on a Thread subclass), and naming that Event self._stop, which breaks join() and is_alive() as in CPython
import threading
import time

class StoppableThread(threading.Thread):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._stop_event = threading.Event()
        self.ticks = 0

    def stop(self):
        self._stop_event.set()

    def stopped(self):
        return self._stop_event.is_set()

    def run(self):
        while not self.stopped():
            self.ticks += 1
            self._stop_event.wait(0.01)

t = StoppableThread(name="poller", daemon=True)
t.start()
time.sleep(0.05)
t.stop()
t.join()
print("stopped:", t.stopped(), "ticked:", t.ticks > 0, "alive:", t.is_alive())

class Clash(threading.Thread):
    def __init__(self):
        super().__init__(name="clash")
        self._stop = threading.Event()   # shadows Thread._stop

    def run(self):
        self._stop.wait(5)

c = Clash()
c.start()
print("alive while running:", c.is_alive())
c._stop.set()
for attempt in ("join", "join again", "is_alive"):
    try:
        c.join() if attempt.startswith("join") else c.is_alive()
        print(attempt, "ok")
    except TypeError as e:
        print(attempt, "TypeError:", e)

class CustomStop(threading.Thread):
    def _stop(self):
        print("custom _stop called for", self.name)
        super()._stop()

s = CustomStop(target=lambda: None, name="custom")
s.start()
s.join()
s.join()
print(s.is_alive())
c.join()
