# test heapq: push/pop/heapify/pushpop/replace give CPython's heap order, nlargest/nsmallest (key, iterators, empty), merge, argument errors
import heapq, random
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(len(h))], h)
data = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0]
heapq.heapify(data); print(data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
print(heapq.heapreplace(data, 10), data)
random.seed(3)
big = [random.randrange(100) for _ in range(50)]
h2 = list(big); heapq.heapify(h2); print(h2)
print(heapq.nlargest(5, big), heapq.nsmallest(5, big), heapq.nlargest(1, big), heapq.nsmallest(0, big), heapq.nlargest(100, [3, 1, 2]))
words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'date', 'plum']
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len), heapq.nsmallest(2, iter(words)), heapq.nlargest(2, iter(words), key=lambda w: w[-1]))
print(heapq.nsmallest(3, []), heapq.nlargest(3, iter([])), heapq.nsmallest(1, []))
tasks = []
for pri, name in [(2, 'write'), (1, 'read'), (3, 'sleep'), (1, 'eat')]:
    heapq.heappush(tasks, (pri, name))
print([heapq.heappop(tasks) for _ in range(4)])
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])), list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 2], reverse=True)), list(heapq.merge()), list(heapq.merge([1, 2])))
for f in [lambda: heapq.heappush(1, 2), lambda: heapq.heappush([], 1, 2), lambda: heapq.heappop([]), lambda: heapq.heappop(1), lambda: heapq.heapify(1),
          lambda: heapq.heapreplace([], 1), lambda: heapq.heappushpop(1, 1), lambda: heapq.heappush([1], 'a'), lambda: heapq.nlargest(1),
          lambda: heapq.nsmallest('a', [1]), lambda: heapq.heapify(), lambda: heapq.heappop(), lambda: heapq.heapreplace((1,), 2)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
