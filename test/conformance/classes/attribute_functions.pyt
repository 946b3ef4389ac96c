# test hasattr, getattr with default, setattr, delattr, AttributeError messages
class Config:
    debug = False
    def __init__(self):
        self.level = 3
c = Config()
print(hasattr(c, "level"), hasattr(c, "debug"), hasattr(c, "missing"))
print(getattr(c, "level"), getattr(c, "missing", "default"), getattr(Config, "debug"))
setattr(c, "level", 5)
setattr(c, "new_attr", [1])
print(c.level, c.new_attr)
delattr(c, "new_attr")
print(hasattr(c, "new_attr"))
try:
    c.missing
except AttributeError as e:
    print(e)
try:
    getattr(c, "nope")
except AttributeError as e:
    print(e)
try:
    Config.nope
except AttributeError as e:
    print(e)
try:
    del c.never_set
except AttributeError as e:
    print(e)
