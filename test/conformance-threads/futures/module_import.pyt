# test futures: module import
import concurrent.futures
with concurrent.futures.ThreadPoolExecutor(max_workers=2) as executor:
    future = executor.submit(sum, [1, 2, 3])
    print(future.result())
print(concurrent.futures.FIRST_COMPLETED, concurrent.futures.ALL_COMPLETED)
