# test a curly quote pasted from a document is an invalid character, not a name
name = "Ada"
print(‘hello’, name)
