# test collections.abc reached through `import collections` alone, as in python3 (whose start-up has imported it)
import collections
print(collections.abc.Mapping, collections.abc.Sequence.__name__)
print(isinstance({}, collections.abc.Mapping), isinstance([], collections.abc.Mapping))
from collections import abc
print(abc is collections.abc)
import threading
def check():
    print("thread:", issubclass(collections.OrderedDict, collections.abc.MutableMapping))
t = threading.Thread(target=check)
t.start()
t.join()
