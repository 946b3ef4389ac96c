# test isdigit, isalpha, isalnum, isspace, isnumeric, isdecimal, isidentifier on edge cases
for s in ["123", "12.5", "-1", "", "abc", "abc1", " \t\n", "²", "Ab", "_x", "1x"]:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isnumeric(), s.isdecimal(), s.isidentifier())
