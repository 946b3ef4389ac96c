"""The typing names lesson code annotates with (List, Dict, Optional, Union, Callable, Any, TypeVar,
Generic, NamedTuple, ...): subscriptable objects with CPython 3.11's reprs and equality. Nothing is
checked at run time, as in CPython."""

import collections

__all__ = ['Any', 'Callable', 'ClassVar', 'Dict', 'Final', 'FrozenSet', 'Generic', 'Iterable', 'Iterator',
           'List', 'Literal', 'Mapping', 'MutableMapping', 'NamedTuple', 'NoReturn', 'Optional',
           'Protocol', 'Sequence', 'Set', 'Tuple', 'Type', 'TypeVar', 'Union', 'cast', 'TYPE_CHECKING',
           'Deque', 'DefaultDict', 'Counter', 'OrderedDict', 'Generator', 'Hashable', 'Awaitable',
           'MutableSequence', 'AbstractSet', 'overload', 'no_type_check', 'get_type_hints', 'get_origin',
           'get_args']

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is type(None):
        return 'NoneType'
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    return repr(obj)


class _GenericAlias:
    def __init__(self, origin, args, name):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name

    def __repr__(self):
        if self._name == 'Optional':
            a, b = self.__args__
            return f'typing.Optional[{_type_repr(b if a is type(None) else a)}]'
        if not self.__args__:
            return f'typing.{self._name}[()]'
        return f'typing.{self._name}[' + ', '.join(_type_repr(a) for a in self.__args__) + ']'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, params):
        return self

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None or isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f'Type {self._name} cannot be instantiated; use {self._name.lower()}() instead')
        return self.__origin__(*args, **kwargs)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        # a Union (3.10+) checks its members; other subscripted aliases cannot be checked
        if self._name in ('Union', 'Optional'):
            for arg in self.__args__:
                if isinstance(arg, _GenericAlias):
                    raise TypeError('Subscripted generics cannot be used with class and instance checks')
            return issubclass(cls, self.__args__)
        raise TypeError('Subscripted generics cannot be used with class and instance checks')


class _SpecialForm:
    def __init__(self, name, origin=None):
        self._name = name
        self.__origin__ = origin

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name != 'Literal':
            params = tuple(_none(p) for p in params)  # as CPython's _type_check: None is NoneType
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError(f'Cannot instantiate typing.{self._name}')
        return self.__origin__(*args, **kwargs)

    def __instancecheck__(self, obj):
        return self._check(type(obj), 'isinstance')

    def __subclasscheck__(self, cls):
        return self._check(cls, 'issubclass')

    def _check(self, cls, what):
        # List, Dict...: their builtin; the collections.abc aliases: the methods their ABCs look for
        if self.__origin__ is not None:
            return issubclass(cls, self.__origin__)
        if self._name == 'Any' and what == 'issubclass':
            return False  # (3.11's Any is a class whose metaclass refuses isinstance() only)
        check = _ABC_CHECKS.get(self._name)
        if check is None:
            raise TypeError(f'typing.{self._name} cannot be used with {what}()')
        return check(cls)


def _none(t):
    return type(None) if t is None else t


class _UnionForm(_SpecialForm):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        flat = []
        for p in params:
            p = _none(p)
            members = p.__args__ if isinstance(p, _GenericAlias) and p._name in ('Union', 'Optional') else (p,)
            for m in members:
                if m not in flat:
                    flat.append(m)
        if len(flat) == 1:
            return flat[0]
        if len(flat) == 2 and type(None) in flat:
            return _GenericAlias(None, tuple(flat), 'Optional')
        return _GenericAlias(None, tuple(flat), 'Union')


class _OptionalForm(_SpecialForm):
    def __getitem__(self, param):
        return Union[param, None]


class _CallableForm(_SpecialForm):
    def __getitem__(self, params):
        args, result = params
        if isinstance(args, list):
            args = [_none(a) for a in args]
        return _GenericAlias(self.__origin__, (args, _none(result)), 'Callable')


def _has(cls, *names):
    # as collections.abc's _check_methods: defined (not None) along the class's own MRO, not its metaclass
    for n in names:
        for base in cls.__mro__:
            if n in base.__dict__:
                if base.__dict__[n] is None:
                    return False
                break
        else:
            return False
    return True


_ABC_CHECKS = {
    'Callable': lambda c: _has(c, '__call__'),
    'Iterable': lambda c: _has(c, '__iter__'),
    'Iterator': lambda c: _has(c, '__iter__', '__next__'),
    'Hashable': lambda c: _has(c, '__hash__'),
    'Sequence': lambda c: issubclass(c, (list, tuple, str, range, collections.deque)),
    'MutableSequence': lambda c: issubclass(c, (list, collections.deque)),
    'Mapping': lambda c: issubclass(c, dict),
    'MutableMapping': lambda c: issubclass(c, dict),
    'AbstractSet': lambda c: issubclass(c, (set, frozenset)),
}


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
ClassVar = _SpecialForm('ClassVar')
Final = _SpecialForm('Final')
Literal = _SpecialForm('Literal')
Union = _UnionForm('Union')
Optional = _OptionalForm('Optional')
Callable = _CallableForm('Callable')
List = _SpecialForm('List', list)
Dict = _SpecialForm('Dict', dict)
Set = _SpecialForm('Set', set)
FrozenSet = _SpecialForm('FrozenSet', frozenset)
Tuple = _SpecialForm('Tuple', tuple)
Type = _SpecialForm('Type', type)
Deque = _SpecialForm('Deque', collections.deque)
DefaultDict = _SpecialForm('DefaultDict', collections.defaultdict)
Counter = _SpecialForm('Counter', collections.Counter)
OrderedDict = _SpecialForm('OrderedDict', collections.OrderedDict)
Iterable = _SpecialForm('Iterable')
Iterator = _SpecialForm('Iterator')
Generator = _SpecialForm('Generator')
Sequence = _SpecialForm('Sequence')
MutableSequence = _SpecialForm('MutableSequence')
Mapping = _SpecialForm('Mapping')
MutableMapping = _SpecialForm('MutableMapping')
AbstractSet = _SpecialForm('AbstractSet')
Hashable = _SpecialForm('Hashable')
Awaitable = _SpecialForm('Awaitable')


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound

    def __repr__(self):
        return '~' + self.__name__


class Generic:
    def __class_getitem__(cls, params):
        if cls is Generic or cls is Protocol:
            return cls
        if not isinstance(params, tuple):
            params = (params,)
        return _ClassAlias(cls, tuple(_none(p) for p in params))


class Protocol(Generic):
    pass


class _ClassAlias(_GenericAlias):
    def __init__(self, origin, args):
        super().__init__(origin, args, origin.__qualname__)

    def __repr__(self):
        return _type_repr(self.__origin__) + '[' + ', '.join(_type_repr(a) for a in self.__args__) + ']'

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        if ns.get('_root'):
            return super().__new__(mcls, typename, bases, ns)
        types = ns.get('__annotations__', {})
        names = list(types)
        defaults = [ns[n] for n in names if n in ns]
        nt = collections.namedtuple(typename, names, defaults=defaults or None, module=ns.get('__module__'))
        nt.__annotations__ = dict(types)
        for key, val in ns.items():
            if key not in ('__module__', '__qualname__', '__annotations__') and key not in names:
                setattr(nt, key, val)
        return nt


NamedTuple = _NamedTupleMeta('NamedTuple', (), {'_root': True})


def cast(typ, val):
    return val


def overload(func):
    return func


def no_type_check(arg):
    return arg


# the class CPython's get_origin gives for a subscripted special form pyt keeps without one
_ABC_ORIGINS = {'Iterable', 'Iterator', 'Generator', 'Sequence', 'MutableSequence', 'Mapping',
                'MutableMapping', 'Hashable', 'Awaitable', 'Callable'}


def get_origin(tp):
    import types
    if isinstance(tp, _GenericAlias):
        if tp.__origin__ is not None and not isinstance(tp.__origin__, _SpecialForm):
            return tp.__origin__
        name = tp._name
        if name in ('Union', 'Optional'):
            return Union
        if name in _ABC_ORIGINS or name == 'AbstractSet':
            import collections.abc
            return getattr(collections.abc, 'Set' if name == 'AbstractSet' else name)
        return globals().get(name)
    if isinstance(tp, types.GenericAlias):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return None


def get_args(tp):
    import types
    if isinstance(tp, (_GenericAlias, types.GenericAlias, types.UnionType)):
        return tp.__args__
    return ()


def get_type_hints(obj):
    hints = {}
    for klass in reversed(getattr(obj, '__mro__', [obj])):
        hints.update(getattr(klass, '__annotations__', {}))
    return hints
