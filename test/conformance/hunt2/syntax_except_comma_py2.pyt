# test except A, e: (Python 2 style) underlines from the first type to the colon
try:
    pass
except Exception, e:
    pass
