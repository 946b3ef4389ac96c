# test SyntaxError of a global/nonlocal statement after the name's use (global_param)
def f(x):
    global x
