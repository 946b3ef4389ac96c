"""Print or format exceptions as the interpreter does (the part lessons use: print_exc, format_exc,
print_exception, format_exception, format_exception_only, format_tb, print_tb, extract_tb), with
CPython 3.11's text; print_stack, format_stack and extract_stack show the running thread's frames."""

import sys
import _pytsupport

__all__ = ['format_exc', 'format_exception', 'format_exception_only', 'print_exc', 'print_exception',
           'format_tb', 'print_tb', 'extract_tb', 'format_list', 'FrameSummary', 'StackSummary',
           'print_stack', 'format_stack', 'extract_stack']


def _value(exc, value):
    # print_exception(exc) (3.10+) or the old (type, value, tb) form
    if value is not None or isinstance(exc, type):
        return value
    return exc


def _limit(limit):
    # as StackSummary's: no limit given is sys.tracebacklimit's, a negative one of those is 0
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


def _write(text, file):
    if file is None or file is sys.stderr:
        _pytsupport.write_err(text)
    else:
        file.write(text)


def format_exception(exc, /, value=None, tb=None, limit=None, chain=True):
    value = _value(exc, value)
    if value is None:
        return ['NoneType: None\n']
    return _pytsupport.format_exception_list(value, chain, _limit(limit))


def format_exception_only(exc, /, value=None):
    value = _value(exc, value)
    if value is None:
        return ['NoneType: None\n']
    return _pytsupport.format_exception_only(value)


def print_exception(exc, /, value=None, tb=None, limit=None, file=None, chain=True):
    _write(''.join(format_exception(exc, value, tb, limit, chain)), file)


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(_pytsupport.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(_pytsupport.exc_info(), limit=limit, file=file, chain=chain)


class FrameSummary:
    """One entry of a traceback: filename, lineno, name and the source line."""

    def __init__(self, filename, lineno, name, line=None, _text=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self.line = line
        self._text = _text  # the entry as a traceback prints it (with its carets), when it came from one

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __len__(self):
        return 4

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.line == other.line)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)


class StackSummary(list):
    """A list of FrameSummary objects."""

    def format(self):
        # as CPython's: past 3 entries of one line in a row, "[Previous line repeated N more times]"
        out = []
        last = None
        count = 0
        for fs in self:
            where = (fs.filename, fs.lineno, fs.name)
            if where != last:
                if count > _RECURSIVE_CUTOFF:
                    out.append(_repeated(count - _RECURSIVE_CUTOFF))
                last = where
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            if getattr(fs, '_text', None) is not None:
                out.append(fs._text)
                continue
            row = '  File "{}", line {}, in {}\n'.format(fs.filename, fs.lineno, fs.name)
            if fs.line:
                row += '    {}\n'.format(fs.line.strip())
            out.append(row)
        if count > _RECURSIVE_CUTOFF:
            out.append(_repeated(count - _RECURSIVE_CUTOFF))
        return out


_RECURSIVE_CUTOFF = 3


def _repeated(count):
    return f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n'


def _entries(tb, limit):
    entries = _pytsupport.tb_entries(tb)
    if entries is None:
        if tb is None:
            return []
        raise AttributeError(f"'{type(tb).__name__}' object has no attribute 'tb_frame'")
    limit = _limit(limit)
    if limit is not None:
        entries = entries[:limit] if limit >= 0 else entries[limit:]
    return entries


def format_tb(tb, limit=None):
    return extract_tb(tb, limit).format()


def print_tb(tb, limit=None, file=None):
    _write(''.join(format_tb(tb, limit)), file)


def extract_tb(tb, limit=None):
    return StackSummary(FrameSummary(f, n, name, line, text) for text, f, n, name, line in _entries(tb, limit))


def format_list(extracted_list):
    return StackSummary(FrameSummary(*fs) if not isinstance(fs, FrameSummary) else fs
                        for fs in extracted_list).format()


def _stack(name, f, limit):
    # the running thread's user frames (library frames, threading's among them, are left out as in
    # tracebacks); pyt has no frame objects to start from
    if f is not None:
        raise NotImplementedError(f'traceback.{name}(f) is not supported by pyt (it has no frame objects)')
    entries = _pytsupport.stack_entries()
    if limit is not None:
        entries = entries[len(entries) - limit:] if limit >= 0 else entries[:-limit]
        if limit == 0:
            entries = []
    return StackSummary(FrameSummary(file, n, name, line) for file, n, name, line in entries)


def print_stack(f=None, limit=None, file=None):
    _write(''.join(_stack('print_stack', f, limit).format()), file)


def format_stack(f=None, limit=None):
    return _stack('format_stack', f, limit).format()


def extract_stack(f=None, limit=None):
    return _stack('extract_stack', f, limit)
