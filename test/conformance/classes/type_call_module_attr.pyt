# test a class made by type(name, bases, dict) has __module__ in its __dict__ (not in the given dict); setting __module__ updates it
d = {'a': 1}
Z = type('Z', (), d)
print(Z.__module__, sorted(vars(Z)), d)
Z.__module__ = 'x'
print(Z.__module__, vars(Z)['__module__'], Z)
class A:
    pass
A.__module__ = 'm'
print(vars(A)['__module__'], A)
