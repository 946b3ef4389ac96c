# test matrix multiplication row per thread and executor
import threading
from concurrent.futures import ThreadPoolExecutor
A = [[i + j for j in range(4)] for i in range(4)]
B = [[i * j for j in range(4)] for i in range(4)]
C = [[0] * 4 for _ in range(4)]
def row(i):
    for j in range(4):
        C[i][j] = sum(A[i][k] * B[k][j] for k in range(4))
ts = [threading.Thread(target=row, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
for r in C: print(r)
with ThreadPoolExecutor(2) as ex:
    rows = list(ex.map(lambda i: [sum(A[i][k] * B[k][j] for k in range(4)) for j in range(4)], range(4)))
print(rows == C)
