# test types.MappingProxyType shared with threads: a live read-only view of a dict (changes seen), same object, writes refused; a class __dict__ and a MethodType too
import threading
import types

settings = {"workers": 2, "name": "demo"}
CONFIG = types.MappingProxyType(settings)


class Job:
    kind = "batch"


job = Job()
job.describe = types.MethodType(lambda self, who: "%s job for %s" % (self.kind, who), job)
seen = []
changed = threading.Event()
looked = threading.Event()


def worker():
    seen.append(("first", dict(CONFIG), len(CONFIG), "workers" in CONFIG))
    looked.set()
    changed.wait()
    seen.append(("after change", CONFIG["workers"], sorted(CONFIG.keys()), CONFIG.get("extra", "-")))
    try:
        CONFIG["workers"] = 9
    except TypeError as e:
        seen.append(("write", str(e)))
    seen.append(("same object", holder[0] is CONFIG, Job.__dict__["kind"], job.describe("thread")))


holder = [CONFIG]
t = threading.Thread(target=worker)
t.start()
looked.wait()
settings["workers"] = 8
settings["extra"] = True
changed.set()
t.join()
for entry in seen:
    print(entry)
print(CONFIG, settings)
