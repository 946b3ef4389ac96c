# test a no-break space after a number is an invalid non-printable character
total = 1 + 2
