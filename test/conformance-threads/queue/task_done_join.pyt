# test queue: task done join
import queue, threading
q = queue.Queue()
done = []
def worker():
    while True:
        item = q.get()
        done.append(item)
        q.task_done()
threading.Thread(target=worker, daemon=True).start()
for i in range(10):
    q.put(i)
q.join()
print("all done:", done)
