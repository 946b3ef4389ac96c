# test multiprocessing.dummy: Process is a Thread (start/join/is_alive/name/daemon/exitcode), active_children
from multiprocessing.dummy import Process, current_process, active_children, freeze_support
import multiprocessing.dummy as mpd
import threading

freeze_support()
gate = threading.Event()


ran = []


def worker(n, label="w"):
    gate.wait()
    ran.append((n, label, current_process().name))


procs = [Process(target=worker, args=(i,), kwargs={"label": "job"}) for i in range(3)]
print([p.name for p in procs], procs[0].daemon, procs[0].exitcode, procs[0].is_alive())
for p in procs:
    p.start()
print(len(active_children()), isinstance(procs[0], threading.Thread))
gate.set()
for p in procs:
    p.join()
print(sorted(ran))
print([p.exitcode for p in procs], active_children())
named = Process(target=print, args=("named",), name="Downloader")
named.start()
named.join()
print(named.name, current_process().name, mpd.Process is mpd.DummyProcess)


class Worker(Process):
    def run(self):
        print("subclass run in", self.name)


w = Worker()
w.start()
w.join()
print(w.exitcode)
