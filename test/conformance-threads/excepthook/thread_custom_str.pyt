# test an exception with __str__ raised in a thread: the default excepthook prints str(exc)
import threading


class JobFailed(Exception):
    def __str__(self):
        return f"job {self.args[0]} failed"


def work():
    raise JobFailed(7)


t = threading.Thread(target=work, name="Worker")
t.start()
t.join()
print("main done")
