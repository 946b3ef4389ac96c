# test an uncaught custom exception with and without a message
class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__(f"need {needed} more")
        self.needed = needed

raise InsufficientFunds(25)
