# test timer: fires
import threading
def hello(name, punct="!"):
    print(f"hello {name}{punct}", threading.current_thread().name)
t = threading.Timer(0.05, hello, args=["world"], kwargs={"punct": "?"})
t.start()
t.join()
print("done")
