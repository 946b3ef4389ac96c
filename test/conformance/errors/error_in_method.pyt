# test an error inside a method called from another method: frame names are method names
class Stack:
    def __init__(self):
        self.items = []

    def pop(self):
        return self.items.pop()

    def pop_two(self):
        first = self.pop()
        second = self.pop()
        return first, second

s = Stack()
s.items.append(1)
s.pop_two()
