# test Corey Schafer do_something with threads and ThreadPoolExecutor
import concurrent.futures
import threading
import time

start = time.perf_counter()

def do_something(seconds):
    print(f'Sleeping {seconds} second(s)...', flush=True)
    time.sleep(seconds)
    return f'Done Sleeping...{seconds}'

threads = []
for _ in range(3):
    t = threading.Thread(target=do_something, args=[0.01])
    t.start()
    t.join()
    threads.append(t)

with concurrent.futures.ThreadPoolExecutor() as executor:
    secs = [0.05, 0.04, 0.03, 0.02, 0.01]
    results = executor.map(do_something, secs) if False else None
    futures = [executor.submit(do_something, s) for s in secs[:1]]
    for f in concurrent.futures.as_completed(futures):
        print(f.result())

with concurrent.futures.ThreadPoolExecutor(max_workers=1) as executor:
    results = executor.map(do_something, [0.01, 0.02])
for result in results:
    print(result)

finish = time.perf_counter()
elapsed = finish - start
print(f'Finished in {round(elapsed) if elapsed < 5 else "too long"} second(s)')
print(f"{2.0:.2f} {1/3:.3f} {123.456:8.1f}|{7:>4}|{'ab':^6}|")
