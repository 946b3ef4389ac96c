# test yield in a class body is a SyntaxError
class A:
    def m(self):
        return 1
    yield 2
