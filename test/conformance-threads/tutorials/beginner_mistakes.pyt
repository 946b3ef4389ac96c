# test classic beginner bugs: args not a tuple, start() returns None, run() vs start()
import threading
def greet(name):
    print("hello", name, "from", threading.current_thread().name)
t = threading.Thread(target=greet, args=("bob"))
t.start(); t.join()
t = threading.Thread(target=greet, args=("ann",), name="Worker")
t.run()
t.start(); t.join()
t = threading.Thread(target=greet, args=("cy",)).start()
t.join()
