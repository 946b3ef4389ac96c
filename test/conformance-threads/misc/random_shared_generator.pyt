# test the random module's functions share one generator across threads: random.seed(n) in main, draws in threads
import random
import threading
import queue

random.seed(42)
print("main first:", random.random())

draws = []
def draw(k):
    draws.append((k, random.randint(1, 100), random.choice("abcdef"), round(random.gauss(0, 1), 6)))

for k in range(3):
    t = threading.Thread(target=draw, args=(k,))
    t.start()
    t.join()
print(draws)
print("main after:", random.randint(1, 100), round(random.gauss(0, 1), 6))

# a producer thread draws the messages (Real Python's pipeline), seeded by main
random.seed(7)
q = queue.Queue()
def producer():
    for _ in range(5):
        q.put(random.randint(1, 101))
    q.put(None)
received = []
def consumer():
    while (m := q.get()) is not None:
        received.append(m)
threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads: t.start()
for t in threads: t.join()
print("received:", received)

# a thread seeds, main draws
t = threading.Thread(target=random.seed, args=("thread",))
t.start(); t.join()
deck = list(range(10))
random.shuffle(deck)
print(deck, random.sample(range(100), 3))

# concurrent draws take every value of the one sequence exactly once
random.seed(1)
values = []
lock = threading.Lock()
def many():
    mine = [random.random() for _ in range(3000)]
    with lock:
        values.extend(mine)
threads = [threading.Thread(target=many) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
random.seed(1)
print(len(values), sorted(values) == sorted(random.random() for _ in range(12000)))

# a Random instance of its own is not the module's
r = random.Random(3)
random.seed(3)
print(r.randint(1, 1000) == random.randint(1, 1000))
