# test hunt: an exception in __set_name__ becomes 3.11's RuntimeError caused by it
class Desc:
    def __set_name__(self, owner, name):
        print("naming", owner.__name__, name)
        if name.startswith("bad"):
            raise ValueError(f"bad name {name}")
class A:
    x = Desc()
    bad_one = Desc()
