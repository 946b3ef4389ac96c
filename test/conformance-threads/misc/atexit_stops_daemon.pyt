# test atexit stops a daemon thread (sets its Event, joins it) after main ends
import atexit, threading, time
stop = threading.Event()
def background():
    while not stop.is_set():
        stop.wait(0.01)
    print("background stopped")
t = threading.Thread(target=background, daemon=True)
t.start()
@atexit.register
def cleanup():
    stop.set()
    t.join()
    print("cleanup done")
print("main end")
