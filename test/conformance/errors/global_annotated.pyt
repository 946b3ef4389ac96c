# test SyntaxError of a global/nonlocal statement after the name's use (global_annotated)
def f():
    x: int = 1
    global x
