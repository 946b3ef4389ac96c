# test misc: datetime objects made in threads and shared through a dict
import threading
from datetime import datetime, timedelta
start = datetime(2024, 1, 1, 12, 0)
results = {}
def work(i):
    results[i] = start + timedelta(minutes=i)
ts = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results.items()))
print(max(results.values()) - min(results.values()), results[2] > start)
