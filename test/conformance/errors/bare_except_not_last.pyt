# test a bare except: before another handler is a SyntaxError, underlined to the end of its line
try:
    x
except:
    pass
except ValueError:
    pass
