# test a try statement with no except or finally at the end of the file: no caret
try:
    x = 1
