# test except A, b with no colon on the line is plain invalid syntax at the comma
try:
    pass
except ValueError, e
    pass
