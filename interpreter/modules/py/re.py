"""re for pyt: CPython 3.11's interface over a native matcher (_pyt_re: the pattern parsed with sre's
messages, then run as a JS RegExp). Pattern and Match hold plain data (the pattern's text and flags, the
spans), so threads share them; each worker compiles its own RegExp from the text on first use.
Not supported, with NotImplementedError: possessive quantifiers, atomic groups, conditional groups and
\\N{...} (pyt has no bytes, so no bytes patterns)."""

import _pyt_re

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer', 'compile', 'purge',
           'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE',
           'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag']

# in the order a Pattern's repr names them (_sre.c's), and a RegexFlag's (its members')
_PATTERN_FLAGS = [('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8), ('DOTALL', 16),
                  ('UNICODE', 32), ('VERBOSE', 64), ('DEBUG', 128), ('ASCII', 256)]
_MEMBER_FLAGS = [('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32), ('MULTILINE', 8), ('DOTALL', 16),
                 ('VERBOSE', 64), ('TEMPLATE', 1), ('DEBUG', 128)]


def _flag_names(value, order=_PATTERN_FLAGS):
    names = []
    for name, bit in order:
        if value & bit:
            names.append('re.' + name)
            value &= ~bit
    if value:
        names.append(hex(value))
    return '|'.join(names)


class RegexFlag(int):
    """The flags: ints whose | & ^ keep the type and whose repr names them (re.IGNORECASE|re.MULTILINE)."""

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __ror__(self, other):
        return self.__or__(other)

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __rand__(self, other):
        return self.__and__(other)

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    def __rxor__(self, other):
        return self.__xor__(other)

    def __invert__(self):
        return RegexFlag(~int(self) & 511)

    def __repr__(self):
        return _flag_names(int(self), _MEMBER_FLAGS) or 're.NOFLAG'

    __str__ = __repr__


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            self.lineno = pattern.count('\n', 0, pos) + 1
            self.colno = pos - pattern.rfind('\n', 0, pos)
            if '\n' in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


def _check_string(string):
    if isinstance(string, str):
        return string
    raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)


class Pattern:
    """A compiled regular expression: its text and flags (the matcher keeps the rest)."""
    __class_getitem__ = classmethod(type(list[int]))  # types.GenericAlias, as CPython's

    def __init__(self, pattern, flags, groups, groupindex):
        self.pattern = pattern
        self.flags = flags
        self.groups = groups
        self._groupindex = groupindex

    @property
    def groupindex(self):
        # a new mappingproxy each time, as CPython's: the type is this thread's own (types are not shared)
        return type(type.__dict__)(self._groupindex)

    def _match(self, string, pos, endpos, mode):
        string = _check_string(string)
        if endpos is None:
            endpos = len(string)
        spans = _pyt_re.match(self.pattern, self.flags, string, pos, endpos, mode)
        if spans is None:
            return None
        return Match(self, string, pos, endpos, spans)

    def match(self, string, pos=0, endpos=None):
        return self._match(string, pos, endpos, 0)

    def search(self, string, pos=0, endpos=None):
        return self._match(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._match(string, pos, endpos, 2)

    def _scan(self, string, pos, endpos, limit):
        string = _check_string(string)
        if endpos is None:
            endpos = len(string)
        return string, _pyt_re.scan(self.pattern, self.flags, string, pos, endpos, limit)

    def finditer(self, string, pos=0, endpos=None):
        string, found = self._scan(string, pos, endpos, 0)
        if endpos is None:
            endpos = len(string)
        return iter([Match(self, string, pos, endpos, spans) for spans in found])

    def findall(self, string, pos=0, endpos=None):
        string, found = self._scan(string, pos, endpos, 0)
        n = self.groups
        out = []
        for spans in found:
            if n == 0:
                out.append(string[spans[0]:spans[1]])
            elif n == 1:
                out.append(string[spans[2]:spans[3]] if spans[2] >= 0 else '')
            else:
                out.append(tuple([string[spans[2 * g]:spans[2 * g + 1]] if spans[2 * g] >= 0 else ''
                                  for g in range(1, n + 1)]))
        return out

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string]
        string, found = self._scan(string, 0, None, maxsplit)
        out = []
        last = 0
        for spans in found:
            out.append(string[last:spans[0]])
            for g in range(1, self.groups + 1):
                out.append(string[spans[2 * g]:spans[2 * g + 1]] if spans[2 * g] >= 0 else None)
            last = spans[1]
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            template = None
        else:
            if not isinstance(repl, str):
                raise TypeError('decoding to str: need a bytes-like object, %s found' % type(repl).__name__)
            template = _compile_template(self, repl)
        string, found = self._scan(string, 0, None, count if count > 0 else 0)
        if count < 0:
            found = []
        pieces = []
        last = 0
        for spans in found:
            # as _sre.c's list: no empty slices, no None (so a bad piece's index in join's error is CPython's)
            if last < spans[0]:
                pieces.append(string[last:spans[0]])
            if template is None:
                piece = repl(Match(self, string, 0, len(string), spans))
                if piece is not None:
                    pieces.append(piece)
            elif len(template) == 1 and isinstance(template[0], str):
                pieces.append(template[0])
            else:
                pieces.append(_expand(template, string, spans))
            last = spans[1]
        pieces.append(string[last:])
        return ''.join(pieces), len(found)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError('re: Pattern.scanner is not supported by pyt')

    def __repr__(self):
        flags = self.flags
        if flags & (LOCALE | UNICODE | ASCII) == UNICODE:
            flags &= ~UNICODE
        text = repr(self.pattern)[:200]
        if flags:
            return 're.compile(%s, %s)' % (text, _flag_names(flags))
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class Match:
    """The result of a successful match: the string and each group's (start, end), -1 when unmatched."""
    __class_getitem__ = classmethod(type(list[int]))  # types.GenericAlias, as CPython's

    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        n = len(string)
        self.pos = min(max(pos, 0), n)
        self.endpos = min(max(endpos, 0), n)
        self._spans = spans

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return int(g)
        elif isinstance(g, str) and g in self.re._groupindex:
            return self.re._groupindex[g]
        raise IndexError('no such group')

    def _group(self, g, default=None):
        i = self._index(g)
        start = self._spans[2 * i]
        if start < 0:
            return default
        return self.string[start:self._spans[2 * i + 1]]

    def group(self, *args):
        if not args:
            return self._group(0)
        if len(args) == 1:
            return self._group(args[0])
        return tuple([self._group(g) for g in args])

    def __getitem__(self, g):
        return self._group(g)

    def groups(self, default=None):
        return tuple([self._group(g, default) for g in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        return {name: self._group(i, default) for name, i in self.re._groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def regs(self):
        return tuple([(self._spans[2 * i], self._spans[2 * i + 1]) for i in range(self.re.groups + 1)])

    @property
    def lastindex(self):
        # sre's is the group that closed last: the one ending furthest on, the outermost on a tie
        best = None
        for i in range(1, self.re.groups + 1):
            s, e = self._spans[2 * i], self._spans[2 * i + 1]
            if s < 0:
                continue
            if best is None or e > best[1] or (e == best[1] and s < best[0]):
                best = (s, e, i)
        return None if best is None else best[2]

    @property
    def lastgroup(self):
        last = self.lastindex
        if last is None:
            return None
        for name, i in self.re._groupindex.items():
            if i == last:
                return name
        return None

    def expand(self, template):
        return _expand(_compile_template(self.re, template), self.string, self._spans)

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%s>' % (self._spans[0], self._spans[1],
                                                                repr(self.group(0))[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}
_DIGITS = '0123456789'
_OCTDIGITS = '01234567'
_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'


def _parse_template(pattern, template):
    """sre's parse_template: a list of literal strings and group numbers."""
    items = []
    literal = []
    i = 0
    n = len(template)

    def addgroup(index, pos):
        if index > pattern.groups:
            raise error('invalid group reference %d' % index, template, pos)
        if literal:
            items.append(''.join(literal))
            del literal[:]
        items.append(index)

    while i < n:
        c = template[i]
        if c != '\\':
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error('bad escape (end of pattern)', template, n - 1)
        start = i
        c = template[i + 1]
        i += 2
        if c == 'g':
            if i >= n or template[i] != '<':
                raise error('missing <', template, i)
            i += 1
            end = template.find('>', i)
            if end < 0:
                if i >= n:
                    raise error('missing group name', template, i)
                raise error('missing >, unterminated name', template, i)
            name = template[i:end]
            if not name:
                raise error('missing group name', template, i)
            if name.isidentifier():
                if name not in pattern._groupindex:
                    raise IndexError('unknown group name %r' % name)
                index = pattern._groupindex[name]
            else:
                if not (name.isdecimal() and name.isascii()):
                    raise error('bad character in group name %r' % name, template, i)
                index = int(name)
            i = end + 1
            addgroup(index, i - len(name) - 1)
        elif c == '0':
            digits = ''
            while len(digits) < 2 and i < n and template[i] in _OCTDIGITS:
                digits += template[i]
                i += 1
            literal.append(chr(int('0' + digits, 8) & 0xff))
        elif c in _DIGITS:
            text = c
            isoctal = False
            if i < n and template[i] in _DIGITS:
                text += template[i]
                i += 1
                if c in _OCTDIGITS and text[1] in _OCTDIGITS and i < n and template[i] in _OCTDIGITS:
                    text += template[i]
                    i += 1
                    isoctal = True
                    value = int(text, 8)
                    if value > 0o377:
                        raise error('octal escape value \\%s outside of range 0-0o377' % text, template, start)
                    literal.append(chr(value))
            if not isoctal:
                addgroup(int(text), start + 1)
        elif c in _ESCAPES:
            literal.append(_ESCAPES[c])
        elif c in _LETTERS:
            raise error('bad escape \\%s' % c, template, start)
        else:
            literal.append('\\' + c)
    if literal:
        items.append(''.join(literal))
    return items


_template_cache = {}


def _compile_template(pattern, template):
    key = (pattern.pattern, pattern.flags, template)
    items = _template_cache.get(key)
    if items is None:
        if len(_template_cache) >= 512:
            _template_cache.clear()
        items = _parse_template(pattern, template)
        _template_cache[key] = items
    return items


def _expand(items, string, spans):
    out = []
    for item in items:
        if isinstance(item, str):
            out.append(item)
        elif spans[2 * item] >= 0:
            out.append(string[spans[2 * item]:spans[2 * item + 1]])
    return ''.join(out)


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, str):
        raise TypeError('first argument must be string or compiled pattern')
    key = (pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    info = _pyt_re.compile(pattern, flags)
    if isinstance(info, list):
        # sre's compiler step (look-behind width) gives no position, and so no pattern
        raise error(info[0], None if info[1] is None else pattern, info[1])
    p = Pattern(pattern, info[0], info[1], info[2])
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost non-overlapping occurrences of the pattern in string by the replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern, returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    raise NotImplementedError('re: re.template is not supported by pyt')


_special_chars_map = {ord(c): '\\' + c for c in '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    raise TypeError('decoding to str: need a bytes-like object, %s found' % type(pattern).__name__)
