# test an uncaught exception whose class defines __str__ prints str(exc) on the traceback's last line
class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__(needed)
        self.needed = needed

    def __str__(self):
        return f"need {self.needed} more"


def withdraw(amount):
    raise InsufficientFunds(amount - 100)


withdraw(150)
