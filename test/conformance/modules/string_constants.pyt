# test string: the character-class constants and capwords
import string
from string import ascii_letters, digits
for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits', 'octdigits', 'punctuation', 'whitespace', 'printable']:
    v = getattr(string, name)
    print(name, len(v), repr(v))
print(string.capwords(' hello   world '), string.capwords('a-b-c', '-'), all(c in string.printable for c in ascii_letters + digits))
print(''.join(c for c in 'Hello, World! 42' if c not in string.punctuation), [c for c in 'a1B2' if c in string.ascii_uppercase + digits])
