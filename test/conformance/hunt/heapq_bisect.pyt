# test hunt: heapq push/pop/nsmallest/merge with tuples and __lt__ objects, bisect with key, grade lookup
import heapq, bisect
h = []
for x in [5, 1, 8, 3, 2, 9]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h, heapq.nsmallest(2, h), heapq.nlargest(3, [1, 9, 4, 7]))
tasks = [(2, "write"), (1, "plan"), (3, "test")]
heapq.heapify(tasks)
print([heapq.heappop(tasks)[1] for _ in range(3)])
print(heapq.heappushpop([1, 3], 2), heapq.heapreplace([1, 3], 5))
print(heapq.nlargest(2, ["aa", "b", "cccc"], key=len), list(heapq.merge([1, 4], [2, 3], [0])))
try:
    heapq.heappop([])
except IndexError as e:
    print(e)
a = [1, 3, 3, 5, 8]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 4))
bisect.insort(a, 4)
print(a)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [("a", 1), ("b", 5), ("c", 9)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]))
class Job:
    def __init__(self, p, n): self.p, self.n = p, n
    def __lt__(self, o): return self.p < o.p
    def __repr__(self): return f"Job({self.p},{self.n})"
jq = []
for j in [Job(3, "c"), Job(1, "a"), Job(2, "b")]:
    heapq.heappush(jq, j)
print(jq, heapq.heappop(jq))
try:
    heapq.heappush([1], "a")
except TypeError as e:
    print(e)
