# test triple-quoted strings: embedded quotes, backslash line continuation inside, leading newline, indentation kept
text = """\
first line
  indented "quoted" 'single'
last line\
"""
print(text)
print(repr("""a
b"""))
def doc():
    """Docstring
    spanning lines."""
print(doc.__doc__)
print('''It's "fine"''')
