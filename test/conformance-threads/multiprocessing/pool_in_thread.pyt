# test multiprocessing.dummy: a pool and a Process made inside a thread; a Process started by another thread is refused
import threading
from multiprocessing.dummy import Pool, Process, current_process

out = []


def job():
    with Pool(2) as p:
        out.append(p.map(len, ["a", "bb", "ccc"]))
    child = Process(target=lambda: out.append(current_process().name))
    child.start()
    child.join()
    out.append(child.exitcode)


t = threading.Thread(target=job, name="manager")
t.start()
t.join()
print(out)
orphan = Process(target=print)


def start_it():
    try:
        orphan.start()
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" but ")[0][:26])


t = threading.Thread(target=start_it)
t.start()
t.join()
