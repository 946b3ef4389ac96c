# test futures: shutdown wait
from concurrent.futures import ThreadPoolExecutor
import time
out = []
ex = ThreadPoolExecutor(2)
for i in range(4):
    ex.submit(lambda i=i: (time.sleep(0.01), out.append(i)))
ex.shutdown(wait=True)
print(sorted(out))
