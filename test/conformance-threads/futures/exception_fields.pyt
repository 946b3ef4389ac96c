# test exceptions made in a worker keep their fields in main: OSError's filename/errno, ImportError's name, AttributeError's "Did you mean"
import concurrent.futures as cf
import threading

def fail():
    raise OSError(2, "No such file", "data.csv")

def imp():
    import nosuchmod_x

class Config:
    def __init__(self):
        self.timeout = 5

def read(c):
    return c.timout

with cf.ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(fail)
    e = f.exception()
    print(repr(e), str(e), e.filename, e.errno, e.strerror, e.filename2)
    e = ex.submit(imp).exception()
    print(type(e).__name__, e, e.name)
    errors = []
    def keep():
        try:
            raise FileNotFoundError(2, "No such file or directory", "config.ini")
        except OSError as err:
            errors.append(err)
    t = threading.Thread(target=keep)
    t.start(); t.join()
    print(errors[0], type(errors[0]).__name__, errors[0].filename)
    ex.submit(read, Config()).result()
