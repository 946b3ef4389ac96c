# test SyntaxError of a global/nonlocal statement after the name's use (nonlocal_used_before_decl)
def f():
    x = 1
    def g():
        print(x)
        nonlocal x
