# test multiprocessing: current_process() is MainProcess in every thread, cpu_count() is os.cpu_count()
import multiprocessing
import os
import threading

main = multiprocessing.current_process()
print(main.name, main, main.daemon, multiprocessing.parent_process())
print(multiprocessing.cpu_count() == os.cpu_count(), multiprocessing.active_children())
seen = []
t = threading.Thread(target=lambda: seen.append(multiprocessing.current_process().name))
t.start()
t.join()
print(seen)
multiprocessing.freeze_support()
print(multiprocessing.TimeoutError.__mro__[1].__name__, multiprocessing.TimeoutError.__module__)
