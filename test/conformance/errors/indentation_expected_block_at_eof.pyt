# test an if statement with no block at the end of the file: no caret (the error is at offset 0)
print("never")
if True:
