# test except A, b as c: underlines through the name, up to the colon
try:
    pass
except ValueError, TypeError as err   :
    pass
