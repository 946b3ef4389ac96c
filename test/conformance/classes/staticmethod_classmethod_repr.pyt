# test repr of staticmethod and classmethod objects names the function they wrap (3.10+)
def helper():
    pass
class Tool:
    @staticmethod
    def make():
        pass
    @classmethod
    def build(cls):
        pass
for obj in (Tool.__dict__["make"], Tool.__dict__["build"], staticmethod(len), classmethod(helper)):
    print(repr(obj).split(" at ")[0])
