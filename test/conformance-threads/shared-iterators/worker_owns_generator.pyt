# test a generator made by a worker thread and stepped by MainThread while the worker waits on an Event; the values it yields are shared objects
import threading

made = threading.Event()
finished = threading.Event()
box = {}

def records():
    for i in range(3):
        yield {"id": i, "tags": ["t%d" % i]}

def owner():
    box["gen"] = records()
    made.set()
    finished.wait()

t = threading.Thread(target=owner)
t.start()
made.wait()
rows = list(box["gen"])
rows[0]["tags"].append("seen")
print(rows)
finished.set()
t.join()
