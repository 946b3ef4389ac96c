"""os.path for pyt (CPython 3.11's posixpath: the string functions, same results and messages). pyt has
no file system access: exists() and the other functions that would ask the disk raise
NotImplementedError saying so."""

__all__ = ['join', 'basename', 'dirname', 'split', 'splitext', 'normpath', 'isabs', 'exists', 'isfile',
           'isdir', 'getsize', 'abspath', 'sep', 'curdir', 'pardir', 'extsep', 'pathsep']

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
altsep = None
defpath = '/bin:/usr/bin'
devnull = '/dev/null'


def _fspath(p):
    if isinstance(p, str):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is not None:
        r = f(p)
        if isinstance(r, str):
            return r
    raise TypeError('expected str, bytes or os.PathLike object, not ' + type(p).__name__)


def join(a, *p):
    a = _fspath(a)
    path = a
    for b in p:
        if not isinstance(b, str) and getattr(type(b), '__fspath__', None) is None:
            raise TypeError("join() argument must be str, bytes, or os.PathLike object, not '%s'"
                            % type(b).__name__)
        b = _fspath(b)
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path += b
        else:
            path += sep + b
    return path


def split(p):
    p = _fspath(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def basename(p):
    p = _fspath(p)
    i = p.rfind(sep) + 1
    return p[i:]


def dirname(p):
    p = _fspath(p)
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def splitext(p):
    p = _fspath(p)
    sep_index = p.rfind(sep)
    dot_index = p.rfind(extsep)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != extsep:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def isabs(s):
    return _fspath(s).startswith(sep)


def normpath(path):
    path = _fspath(path)
    if not path:
        return curdir
    initial_slashes = 1 if path.startswith(sep) else 0
    if initial_slashes and path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial_slashes = 2
    new_comps = []
    for comp in path.split(sep):
        if comp in ('', curdir):
            continue
        if (comp != pardir or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == pardir)):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = sep * initial_slashes + sep.join(new_comps)
    return path or curdir


def _no_files(name, module='os.path'):
    """A function that says it needs the file system (os uses it too, with module 'os')."""
    def f(*args, **kwargs):
        raise NotImplementedError('%s.%s() is not supported in pyt: programs cannot read or write files'
                                  % (module, name))
    f.__name__ = f.__qualname__ = name
    return f


exists = _no_files('exists')
lexists = _no_files('lexists')
isfile = _no_files('isfile')
isdir = _no_files('isdir')
islink = _no_files('islink')
getsize = _no_files('getsize')
getmtime = _no_files('getmtime')
abspath = _no_files('abspath')
realpath = _no_files('realpath')
