# test SyntaxError of a global/nonlocal statement after the name's use (global_assigned_before_decl)
def f():
    for x in []: pass
    global x
