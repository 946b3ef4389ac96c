# test dining philosophers with resource ordering and a waiter semaphore
import threading, time
N = 5
forks = [threading.Lock() for _ in range(N)]
meals = [0] * N
def phil(i, rounds):
    left, right = forks[i], forks[(i + 1) % N]
    first, second = (left, right) if id(left) < id(right) else (right, left)
    a, b = sorted([i, (i + 1) % N])
    for _ in range(rounds):
        with forks[a]:
            with forks[b]:
                meals[i] += 1
ts = [threading.Thread(target=phil, args=(i, 200)) for i in range(N)]
for t in ts: t.start()
for t in ts: t.join()
print("ordering:", meals)
waiter = threading.Semaphore(N - 1)
meals2 = [0] * N
def phil2(i, rounds):
    for _ in range(rounds):
        with waiter:
            with forks[i], forks[(i + 1) % N]:
                meals2[i] += 1
                time.sleep(0)
ts = [threading.Thread(target=phil2, args=(i, 100), name=f"P{i}") for i in range(N)]
for t in ts: t.start()
for t in ts: t.join()
print("waiter:", meals2, sum(meals2))
