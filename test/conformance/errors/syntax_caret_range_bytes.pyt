# test a parser SyntaxError after non-ASCII text is placed by UTF-8 bytes, as CPython 3.11 prints a file's
print("日本語" "x" 1)
