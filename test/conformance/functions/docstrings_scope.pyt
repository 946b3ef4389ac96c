# test docstrings and local/global scope lookups and shadowing
def documented():
    """Return a fixed value."""
    return 42
print(documented.__doc__)
print(documented())
x = "global"
def reads_global():
    return x
def shadows():
    x = "local"
    return x
print(reads_global(), shadows(), x)
def uses_builtin():
    return len("abc")
len_backup = len
def len(obj):
    return "shadowed len"
print(uses_builtin())
del len
print(uses_builtin())
