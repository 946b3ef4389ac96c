"""string for pyt: the character-class constants, capwords and Template, as CPython 3.11's (Template's
placeholders are scanned by hand: pyt has no re module; a subclass may change delimiter, not idpattern)."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits', 'hexdigits',
           'octdigits', 'printable', 'punctuation', 'whitespace', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s by sep, capitalize each word, join them with sep (a single space when sep is None)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_ID_START = ascii_letters + '_'
_ID_CHARS = _ID_START + digits


class Template:
    """A string class for supporting $-substitutions."""
    delimiter = '$'
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _scan(self):
        """(start, end, kind, name) of each placeholder: kind is 'escaped', 'named' or 'invalid'."""
        t, d = self.template, self.delimiter
        found = []
        i = t.find(d)
        while i >= 0:
            j = i + len(d)
            if t.startswith(d, j):
                found.append((i, j + len(d), 'escaped', None))
                i = t.find(d, j + len(d))
                continue
            if j < len(t) and t[j] == '{':
                k = j + 1
                if k < len(t) and t[k] in _ID_START:
                    e = k + 1
                    while e < len(t) and t[e] in _ID_CHARS:
                        e += 1
                    if e < len(t) and t[e] == '}':
                        found.append((i, e + 1, 'named', t[k:e]))
                        i = t.find(d, e + 1)
                        continue
            elif j < len(t) and t[j] in _ID_START:
                e = j + 1
                while e < len(t) and t[e] in _ID_CHARS:
                    e += 1
                found.append((i, e, 'named', t[j:e]))
                i = t.find(d, e)
                continue
            found.append((i, j, 'invalid', None))
            i = t.find(d, j)
        return found

    def _substitute(self, mapping, kws, safe):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = {**mapping, **kws} if isinstance(mapping, dict) else _Chain(kws, mapping)
        out = []
        last = 0
        t = self.template
        for start, end, kind, name in self._scan():
            out.append(t[last:start])
            last = end
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'named':
                if safe:
                    try:
                        out.append(str(mapping[name]))
                    except KeyError:
                        out.append(t[start:end])
                else:
                    out.append(str(mapping[name]))
            elif safe:
                out.append(t[start:end])
            else:
                self._invalid(end)  # (the position after the delimiter, as re's empty 'invalid' group)
        out.append(t[last:])
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        return all(kind != 'invalid' for _, _, kind, _ in self._scan())

    def get_identifiers(self):
        ids = []
        for _, _, kind, name in self._scan():
            if kind == 'named' and name not in ids:
                ids.append(name)
        return ids


class _Chain:
    def __init__(self, first, second):
        self._first = first
        self._second = second

    def __getitem__(self, key):
        try:
            return self._first[key]
        except KeyError:
            return self._second[key]
