# test __kwdefaults__: the keyword-only defaults as a dict, None when there are none
def f(a, b=2, /, c=3, *d, e, f=6, **g): pass
def h(*, x): pass
def k(a=1): pass
print(f.__defaults__, f.__kwdefaults__, h.__kwdefaults__, k.__kwdefaults__, (lambda *, q=5: q).__kwdefaults__)
