# test a backslash before a lone '}' in an f-string is still "single '}' is not allowed"
print(f'\}')
