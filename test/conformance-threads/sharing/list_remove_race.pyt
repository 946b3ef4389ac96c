# test sharing: list.remove, del list[i] and list.insert of a shared list are one step each, as CPython's: threads removing different items remove exactly those
import threading

N = 3000
items = [f"item{i}" for i in range(4 * N)]
numbers = list(range(4 * N))
slots = list(range(4 * N))
start = threading.Barrier(4)

def worker(k):
    start.wait()
    for i in range(k, 4 * N, 4):
        items.remove(f"item{i}")
        numbers.remove(i)
        del slots[-1]
        numbers.insert(-1, -1)

threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(items, len(slots), len(numbers), set(numbers))
for bad in (lambda: items.remove("x"), lambda: slots.__delitem__(0), lambda: numbers.__delitem__(-99999)):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
