"""types for pyt: the names of the interpreter's own types (found as CPython's types.py finds them), and
SimpleNamespace (a C type in CPython, named 'types.SimpleNamespace' in messages as it is), new_class,
prepare_class, resolve_bases. pyt has no generators, coroutines, frames, member, wrapper or classmethod
descriptors: their names are missing (AttributeError), as are DynamicClassAttribute and coroutine."""

import sys
from _thread import get_ident as _get_ident

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType', 'SimpleNamespace', 'CellType', 'GeneratorType',
           'MethodType', 'BuiltinFunctionType', 'BuiltinMethodType', 'ModuleType', 'TracebackType',
           'GetSetDescriptorType', 'MethodDescriptorType', 'GenericAlias',
           'UnionType', 'EllipsisType', 'NoneType', 'NotImplementedType', 'new_class', 'resolve_bases',
           'prepare_class']


def _f(): pass
FunctionType = type(_f)
LambdaType = type(lambda: None)         # Same as FunctionType
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)


def _g():
    yield 1
GeneratorType = type(_g())


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]
CellType = type(_cell_factory())


class _C:
    def _m(self): pass
MethodType = type(_C()._m)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)     # Same as BuiltinFunctionType

ModuleType = type(sys)

try:
    raise TypeError
except TypeError as exc:
    TracebackType = type(exc.__traceback__)

GetSetDescriptorType = type(FunctionType.__code__)
MethodDescriptorType = type(str.join)
GenericAlias = type(list[int])
UnionType = type(int | str)
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

del sys, _f, _C, _cell_factory


class SimpleNamespace:
    """A simple attribute-based namespace.

SimpleNamespace(**kwargs)"""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = (_get_ident(), id(self))
        if key in _repr_running:
            return name + '(...)'
        _repr_running.add(key)
        try:
            return '%s(%s)' % (name, ', '.join(['%s=%r' % (k, v) for k, v in self.__dict__.items()]))
        finally:
            _repr_running.discard(key)

    # CPython's namespace_richcompare: two namespaces compare as their dicts, anything else declines
    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ != other.__dict__
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ < other.__dict__
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ <= other.__dict__
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ > other.__dict__
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ >= other.__dict__
        return NotImplemented

    __hash__ = None


# (thread, id) of the namespaces whose repr is being made (CPython's Py_ReprEnter), for a recursive one
_repr_running = set()


# Provide a PEP 3115 compliant mechanism for class creation (CPython's types.py)
def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    if meta is type and '__module__' not in ns:
        # type() names the module of the frame that calls it: this one's in CPython (pyt's frozen
        # frames are skipped)
        ns['__module__'] = 'types'
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        else:
            new_bases[i+shift:i+shift+1] = new_base
            shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds) as a 3-tuple

    *metaclass* is the appropriate metaclass
    *namespace* is the prepared class namespace
    *kwds* is an updated copy of the passed in kwds argument with any
    'metaclass' entry removed. If no kwds argument is passed in, this will
    be an empty dict.
    """
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds) # Don't alter the provided mapping
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        if bases:
            meta = type(bases[0])
        else:
            meta = type
    if isinstance(meta, type):
        # when meta is a type, we first determine the most-derived metaclass
        # instead of invoking the initial candidate directly
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    """Calculate the most derived metaclass."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        # else:
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner
