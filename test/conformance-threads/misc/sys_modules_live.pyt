# test sys.modules is live (modules imported after sys appear) and a thread sees __main__ and the rest
import sys
print('queue' in sys.modules)
import threading
import queue
print('threading' in sys.modules, 'queue' in sys.modules, sys.modules['queue'] is queue)
counter = 41

def worker():
    main = sys.modules['__main__']
    main.counter += 1
    print(main.__name__, 'threading' in sys.modules, sys.modules[__name__] is main)
    print(sys.modules['threading'].current_thread().name)

t = threading.Thread(target=worker, name='reader')
t.start()
t.join()
print(counter, sys.modules[__name__].counter)
