# test SyntaxError of a global/nonlocal statement after the name's use (global_used_before_decl)
counter = 0
def inc():
    print(counter)
    global counter
    counter += 1
inc()
