# test IndentationError: expected an indented block after a def
def greet(name):
print("hello", name)
