# test event: start race
import threading
start = threading.Event()
lock = threading.Lock()
finished = []
def runner(name):
    start.wait()
    with lock:
        finished.append(name)
runners = [threading.Thread(target=runner, args=(f"runner-{i}",)) for i in range(5)]
for r in runners: r.start()
print("is_set before:", start.is_set())
start.set()
for r in runners: r.join()
print(sorted(finished))
