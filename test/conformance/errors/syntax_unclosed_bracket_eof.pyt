# test SyntaxError: an opening bracket never closed at end of file
values = [1, 2,
          3, 4
