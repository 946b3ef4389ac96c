# test UnboundLocalError when a local is read before assignment
def show():
    print(value)
    value = 3

value = 1
show()
