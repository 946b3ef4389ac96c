# test modules the program imports at its top level enter sys.modules with their import (pyt runs them ahead) and are the same objects everywhere
import sys
print('queue' in sys.modules, 'concurrent.futures' in sys.modules)
from concurrent.futures import ThreadPoolExecutor
print('concurrent' in sys.modules, 'concurrent.futures' in sys.modules, 'concurrent.futures.thread' in sys.modules)
print('threading' in sys.modules)
import queue
print('queue' in sys.modules, sys.modules['queue'] is queue)
import threading
print(queue.threading is threading, sys.modules['threading'] is threading)
print(sys.modules['concurrent.futures'].ThreadPoolExecutor is ThreadPoolExecutor)
with ThreadPoolExecutor(2) as ex:
    print(list(ex.map(abs, [-1, -2])))
q = queue.Queue()
t = threading.Thread(target=q.put, args=(5,))
t.start()
t.join()
print(q.get(), threading.current_thread() is threading.main_thread())
