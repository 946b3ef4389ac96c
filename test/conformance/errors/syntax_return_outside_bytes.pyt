# test a parser SyntaxError after non-ASCII text is placed by UTF-8 bytes, as CPython 3.11 prints a file's
x = "日本"; return 5
