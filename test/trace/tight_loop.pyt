import threading

lock = threading.Lock()
count = 0

def work():
    global count
    for _ in range(3000):
        with lock:
            count += 1

threads = [threading.Thread(target=work) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("count", count)
