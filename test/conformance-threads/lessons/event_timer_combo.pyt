# test lessons: event timer combo
import threading
done = threading.Event()
t = threading.Timer(0.02, done.set)
t.start()
print("waiting...")
print("signalled:", done.wait(5))
t.join()
