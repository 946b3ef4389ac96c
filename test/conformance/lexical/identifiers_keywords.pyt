# test identifiers: underscores, digits, unicode, soft keywords as names
_private = 1
__dunder = 2
name2 = 3
café = 4
match = 5
case = 6
type = "shadowed"
print(_private, __dunder, name2, café, match, case, type)
del type
print(type(1).__name__)
