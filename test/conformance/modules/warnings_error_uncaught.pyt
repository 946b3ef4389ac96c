# test a warning turned into an exception by the 'error' action and not caught: the traceback ends at the line that warned (stacklevel=2: the caller's frame is not where it is raised)
import warnings

def check(x):
    if x < 0:
        warnings.warn("negative values are deprecated", DeprecationWarning, stacklevel=2)
    return abs(x)

print(check(-1))
warnings.simplefilter("error")
print(check(2))
print(check(-3))
