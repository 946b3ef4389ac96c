# test tutorials: dining philosophers taking forks in a global order (no deadlock), each eating a fixed number of times
import threading
N = 5
forks = [threading.Lock() for _ in range(N)]
meals = [0] * N
def philosopher(i):
    left, right = forks[i], forks[(i + 1) % N]
    first, second = (left, right) if i < (i + 1) % N else (right, left)
    for _ in range(50):
        with first:
            with second:
                meals[i] += 1
ts = [threading.Thread(target=philosopher, args=(i,), name=f"Philosopher-{i}") for i in range(N)]
for t in ts: t.start()
for t in ts: t.join()
print(meals, sum(meals), [f.locked() for f in forks])
