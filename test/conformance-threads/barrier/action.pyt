# test barrier: action
import threading
results = []
def action():
    results.append("all arrived")
b = threading.Barrier(3, action=action)
ts = [threading.Thread(target=b.wait) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(results)
