from threading import Thread

N = 100000
counter = 0

class Box:
    def __init__(self):
        self.count = 0

box = Box()
d = {"n": 0}
items = [0]

def work():
    global counter
    for _ in range(N):
        counter += 1
        box.count += 1
        d["n"] += 1
        items[0] += 1

threads = [Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for v in (counter, box.count, d["n"], items[0]):
    print(0 < v <= 400000)
