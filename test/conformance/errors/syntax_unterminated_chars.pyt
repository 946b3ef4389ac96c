# test a tokenizer SyntaxError (unterminated string) after non-ASCII text is placed by characters
x = "日本" + "abc
