# test custom exception classes: inheritance, extra attributes, custom __str__, catching by base
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        super().__init__(f"{name} not found")
        self.name = name
class Invalid(AppError):
    def __init__(self, field, reason):
        self.field = field
        self.reason = reason
    def __str__(self):
        return f"{self.field}: {self.reason}"
for exc in [NotFound("user"), Invalid("age", "negative"), AppError("generic")]:
    try:
        raise exc
    except NotFound as e:
        print("NotFound", e, e.name, e.args)
    except AppError as e:
        print(type(e).__name__, e, repr(e) if type(e) is AppError else e.args)
print(issubclass(NotFound, AppError), isinstance(Invalid("a", "b"), Exception))
class Plain(Exception):
    """docstring only"""
print(repr(Plain("x", 1)), str(Plain()))
