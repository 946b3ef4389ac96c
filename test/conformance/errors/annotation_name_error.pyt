# test a def whose annotation names an undefined variable raises NameError when the def runs
def g(x: undefined_name): pass
