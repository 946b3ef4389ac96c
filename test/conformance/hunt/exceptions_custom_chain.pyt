# test hunt: custom exceptions, raise from, context during handling, finally/return, uncaught chained traceback
class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key, msg="missing"):
        super().__init__(f"{key}: {msg}")
        self.key = key
def load(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise ConfigError(key) from e
def main():
    try:
        load({}, "port")
    except AppError as e:
        print("caught", repr(e), e.key, repr(e.__cause__), e.__context__ is e.__cause__)
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            int("x")
    except ValueError as e:
        print(repr(e), repr(e.__context__), e.__suppress_context__)
    try:
        raise AppError("a", 1, [2])
    except AppError as e:
        print(e, e.args, str(e), repr(e))
    print(repr(AppError()), str(AppError()), str(AppError("x")))
    for i in range(3):
        try:
            if i == 1:
                continue
            print("try", i)
        finally:
            print("finally", i)
    def f():
        try:
            return "try"
        finally:
            print("cleanup")
    print(f())
    def g():
        try:
            raise ValueError("inner")
        finally:
            return "swallowed"
    print(g())
main()
def process(data):
    return load(data, "host")
process({"port": 1})
