# test uncaught ValueError from int()
text = "12a"
number = int(text)
