# test an except clause naming an undefined class: the NameError chains to the exception being matched
try:
    {}["k"]
except Undefined:
    pass
