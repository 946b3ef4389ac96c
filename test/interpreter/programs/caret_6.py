def f():
    raise ValueError
f()  
