"""Print or format exceptions as the interpreter does (the part lessons use: print_exc, format_exc,
print_exception, format_exception, format_exception_only), with CPython 3.11's text."""

import sys
import _pytsupport

__all__ = ['format_exc', 'format_exception', 'format_exception_only', 'print_exc', 'print_exception']


def _value(exc, value):
    # print_exception(exc) (3.10+) or the old (type, value, tb) form
    if value is not None or isinstance(exc, type):
        return value
    return exc


def _text(value):
    if value is None:
        return 'NoneType: None\n'
    return _pytsupport.format_exception(value)


def _lines(text):
    return text.splitlines(keepends=True)


def _write(text, file):
    if file is None or file is sys.stderr:
        _pytsupport.write_err(text)
    else:
        file.write(text)


def format_exception(exc, /, value=None, tb=None, limit=None, chain=True):
    return _lines(_text(_value(exc, value)))


def format_exception_only(exc, /, value=None):
    value = _value(exc, value)
    if value is None:
        return ['NoneType: None\n']
    return [_pytsupport.format_exception_only(value)]


def print_exception(exc, /, value=None, tb=None, limit=None, file=None, chain=True):
    _write(_text(_value(exc, value)), file)


def format_exc(limit=None, chain=True):
    return _text(_pytsupport.exc_info())


def print_exc(limit=None, file=None, chain=True):
    _write(_text(_pytsupport.exc_info()), file)
