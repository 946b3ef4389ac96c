"""os for pyt: what threading lessons use (getpid, getppid, cpu_count, getenv, environ, sep, linesep,
name, os.path), as CPython 3.11 on Linux. The process facts come from the platform through _pytsupport
(every worker has it, so a thread's call needs nothing MainThread made). No file system: the functions
that would touch it raise NotImplementedError saying so, as open() does. _exit ends the program at once, from
any thread; the output printed before it is kept, as a terminal shows it (CPython drops what its stdout
buffer still holds when stdout is a pipe)."""

import _pytsupport
import posixpath as path

__all__ = ['getpid', 'getppid', 'cpu_count', 'getenv', 'environ', 'sep', 'linesep', 'name', 'path',
           'curdir', 'pardir', 'extsep', 'pathsep', 'devnull', 'altsep', 'defpath', 'getcwd', 'listdir',
           'mkdir', 'remove', 'rename', 'stat', 'unlink', 'makedirs', '_exit']

name = 'posix'
sep = path.sep
altsep = None
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull
linesep = '\n'


# CPython's are C functions: a wrong argument count says so in posix's words.
def getpid(*args):
    if args:
        raise TypeError('posix.getpid() takes no arguments (%d given)' % len(args))
    return _pytsupport.getpid()


def getppid(*args):
    if args:
        raise TypeError('posix.getppid() takes no arguments (%d given)' % len(args))
    return _pytsupport.getppid()


def cpu_count(*args):
    if args:
        raise TypeError('posix.cpu_count() takes no arguments (%d given)' % len(args))
    return _pytsupport.cpu_count()


def _exit(*args, **kwargs):
    """Exit to the system with specified status, without normal exit processing."""
    # posix._exit(status): one int argument, in posix's words when it is missing or wrong
    if len(args) + len(kwargs) > 1:
        raise TypeError('_exit() takes at most 1 argument (%d given)' % (len(args) + len(kwargs)))
    if not args and 'status' not in kwargs:
        raise TypeError("_exit() missing required argument 'status' (pos 1)")
    status = args[0] if args else kwargs['status']
    try:
        n = type(status).__index__(status)
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(status).__name__) from None
    if not -2**31 <= n < 2**31:
        raise OverflowError('Python int too large to convert to C int')
    # the process's exit status is the low byte, as the kernel keeps it
    _pytsupport.exit_now(n & 255)


def _check_str(value):
    if not isinstance(value, str):
        raise TypeError('str expected, not %s' % type(value).__name__)
    return value


class _Environ:
    """os.environ: the environment the program started with, as a str -> str mapping. Changes stay in
    this mapping (pyt starts no processes that could inherit them)."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[_check_str(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        self._data[_check_str(key)] = _check_str(value)

    def __delitem__(self, key):
        try:
            del self._data[_check_str(key)]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return _check_str(key) in self._data

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def pop(self, key, *default):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        return self._data == other

    def __repr__(self):
        return 'environ({%s})' % ', '.join('%r: %r' % (k, v) for k, v in self._data.items())



environ = _Environ(_pytsupport.environ())


def getenv(key, default=None):
    return environ.get(key, default)


def _no_files(name):
    return path._no_files(name, 'os')


getcwd = _no_files('getcwd')
listdir = _no_files('listdir')
remove = _no_files('remove')
unlink = _no_files('unlink')
mkdir = _no_files('mkdir')
makedirs = _no_files('makedirs')
rename = _no_files('rename')
stat = _no_files('stat')
