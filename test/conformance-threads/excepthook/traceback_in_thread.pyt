# test traceback.print_exc() inside a thread's except block prints that thread's exception
import threading
import traceback


def work(n):
    try:
        return 10 / n
    except ZeroDivisionError:
        traceback.print_exc()
        print("handled in", threading.current_thread().name)


t = threading.Thread(target=work, args=(0,), name="Worker")
t.start()
t.join()
print("main done")
