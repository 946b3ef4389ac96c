# test class creation refuses bases with conflicting builtin layouts (int and str), accepts compatible ones
from collections import OrderedDict, defaultdict, Counter
class Y(OrderedDict, dict): pass
class W(Counter, defaultdict): pass
class Z(KeyError, IndexError): pass
for bases in ((int, str), (list, dict), (int, float), (str, Exception)):
    try:
        type("Q", bases, {})
    except TypeError as e:
        print(e)
try:
    class Bad2(int, str): pass
except TypeError as e:
    print(e)
