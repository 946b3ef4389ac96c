# test lessons: dining philosophers
import threading
N = 5
forks = [threading.Lock() for _ in range(N)]
meals = [0] * N
def philosopher(i):
    left, right = forks[i], forks[(i + 1) % N]
    first, second = (left, right) if i % 2 == 0 else (right, left)
    for _ in range(10):
        with first:
            with second:
                meals[i] += 1
ts = [threading.Thread(target=philosopher, args=(i,)) for i in range(N)]
for t in ts: t.start()
for t in ts: t.join()
print(meals)
