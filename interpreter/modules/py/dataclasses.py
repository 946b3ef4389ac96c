"""dataclass and its helpers (field, fields, asdict, astuple, replace, FrozenInstanceError), with CPython
3.11's generated __init__/__repr__/__eq__/order/frozen behaviour and messages. The generated methods are
closures over the field list instead of exec'd source."""

import sys
from types import MappingProxyType
from collections import _bind, _names
from _thread import get_ident as _get_ident

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING', 'fields',
           'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()
_EMPTY_METADATA = MappingProxyType({})


class InitVar:
    def __init__(self, type):
        self.type = type

    def __repr__(self):
        type_name = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __class_getitem__ = classmethod(type(list[int]))  # types.GenericAlias, as CPython's
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _EMPTY_METADATA if metadata is None else MappingProxyType(metadata)
        self.kw_only = kw_only
        self._field_type = _FIELD

    def __repr__(self):
        return (f'Field(name={self.name!r},type={self.type!r},default={self.default!r},'
                f'default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},'
                f'hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},_field_type={self._field_type})')


# a Field's kind, as CPython's sentinels print
_FIELD = '_FIELD'
_FIELD_INITVAR = '_FIELD_INITVAR'
_FIELD_CLASSVAR = '_FIELD_CLASSVAR'



def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return (f'_DataclassParams(init={self.init!r},repr={self.repr!r},eq={self.eq!r},order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},frozen={self.frozen!r})')


def _is_classvar(tp):
    if isinstance(tp, str):
        return tp.startswith(('ClassVar', 'typing.ClassVar'))
    typing = sys.modules.get('typing')
    return typing is not None and (tp is typing.ClassVar or
                                    (isinstance(tp, typing._GenericAlias) and tp._name == 'ClassVar'))


def _is_initvar(tp):
    if isinstance(tp, str):
        return tp.startswith(('InitVar', 'dataclasses.InitVar'))
    return tp is InitVar or isinstance(tp, InitVar)


def _collect_fields(cls, kw_only):
    found = {}
    for base in reversed(cls.__mro__[1:]):
        for f in getattr(base, '__dataclass_fields__', {}).values():
            found[f.name] = f
    kw_seen = False
    for name, tp in cls.__dict__.get('__annotations__', {}).items():
        if tp is KW_ONLY or tp == 'KW_ONLY':
            # `_: KW_ONLY`: the fields after it are keyword-only
            if kw_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            kw_seen = True
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = tp
        # a ClassVar is kept in __dataclass_fields__ only; an InitVar is an init-only argument, passed to
        # __post_init__ and not stored
        if _is_classvar(tp):
            f._field_type = _FIELD_CLASSVAR
        elif _is_initvar(tp):
            f._field_type = _FIELD_INITVAR
        if f._field_type is not _FIELD and f.default_factory is not MISSING:
            raise TypeError(f'field {name} cannot have a default factory')
        if f._field_type is _FIELD_CLASSVAR:
            if f.kw_only is not MISSING:
                raise TypeError(f'field {name} is a ClassVar but specifies kw_only')
        elif f.kw_only is MISSING:
            f.kw_only = kw_only or kw_seen
        # as CPython: any unhashable default (a list, dict, set...) is refused
        if f._field_type is _FIELD and f.default is not MISSING and f.default.__class__.__hash__ is None:
            raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: '
                             'use default_factory')
        # a Field given as the class attribute is replaced by its default, or removed
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        found[name] = f
    return list(found.values())


def _field_values(obj, flds):
    return tuple(getattr(obj, f.name) for f in flds)


def _set_method(cls, name, fn):
    # named as CPython's generated methods are: <class qualname>.__eq__
    fn.__name__ = name
    fn.__qualname__ = f'{cls.__qualname__}.{name}'
    setattr(cls, name, fn)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    bases = [b for b in cls.__mro__[-1:0:-1] if '__dataclass_fields__' in b.__dict__]
    if bases:
        any_frozen_base = any(b.__dataclass_params__.frozen for b in bases)
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)
    all_flds = _collect_fields(cls, kw_only)
    cls.__dataclass_fields__ = {f.name: f for f in all_flds}
    flds = [f for f in all_flds if f._field_type is _FIELD]
    qualname = cls.__qualname__
    # __init__ takes the positional fields first, then the keyword-only ones
    arg_flds = [f for f in all_flds if f._field_type is not _FIELD_CLASSVAR]
    pos_fields = [f for f in arg_flds if f.init and not f.kw_only]
    kw_fields = [f for f in arg_flds if f.init and f.kw_only]
    init_fields = pos_fields + kw_fields
    seen_default = False
    for f in pos_fields:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')

    if init:
        names = [f.name for f in init_fields]
        defaults = {f.name: f.default for f in init_fields if f.default is not MISSING}
        factories = {f.name: f.default_factory for f in init_fields if f.default_factory is not MISSING}
        later = [f for f in flds if not f.init]

        pos_names = [f.name for f in pos_fields]
        kw_names = [f.name for f in kw_fields]
        initvars = {f.name for f in init_fields if f._field_type is _FIELD_INITVAR}

        def __init__(self, *args, **kwargs):
            where = f'{qualname}.__init__()'
            both = dict(defaults, **{n: MISSING for n in factories})
            values = list(_bind(where, pos_names, {k: v for k, v in both.items() if k in pos_names}, args,
                                {k: v for k, v in kwargs.items() if k not in kw_names}))
            missing = []
            for name in kw_names:
                if name in kwargs:
                    values.append(kwargs[name])
                elif name in both:
                    values.append(both[name])
                else:
                    missing.append(name)
            if missing:
                raise TypeError(f"{where} missing {len(missing)} required keyword-only "
                                f"argument{'s' if len(missing) > 1 else ''}: {_names(missing)}")
            initvalues = []
            for name, value in zip(pos_names + kw_names, values):
                if value is MISSING and name in factories:
                    value = factories[name]()
                if name in initvars:
                    initvalues.append(value)
                else:
                    object.__setattr__(self, name, value)
            for f in later:
                if f.default_factory is not MISSING:
                    object.__setattr__(self, f.name, f.default_factory())
                elif f.default is not MISSING:
                    object.__setattr__(self, f.name, f.default)
            post = getattr(self, '__post_init__', None)
            if post is not None:
                post(*initvalues)

        __init__.__qualname__ = f'{qualname}.__init__'
        cls.__init__ = __init__

    if repr and '__repr__' not in cls.__dict__:
        shown = [f for f in flds if f.repr]

        running = set()

        def __repr__(self):
            # CPython's _recursive_repr: an instance met again inside its own repr shows as '...'
            key = id(self), _get_ident()
            if key in running:
                return '...'
            running.add(key)
            try:
                return (self.__class__.__qualname__ + '(' +
                        ', '.join(f'{f.name}={getattr(self, f.name)!r}' for f in shown) + ')')
            finally:
                running.discard(key)

        _set_method(cls, '__repr__', __repr__)

        # CPython's generated __repr__ is wrapped by _recursive_repr (functools.wraps): pprint looks for it
        def wrapped(self):
            return __repr__(self)
        wrapped.__name__ = '__repr__'
        wrapped.__qualname__ = '__create_fn__.<locals>.__repr__'
        __repr__.__wrapped__ = wrapped

    compared = [f for f in flds if f.compare]
    if eq and '__eq__' not in cls.__dict__:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _field_values(self, compared) == _field_values(other, compared)
            return NotImplemented

        _set_method(cls, '__eq__', __eq__)

    if order:
        def make(op, name):
            def compare(self, other):
                if other.__class__ is self.__class__:
                    return op(_field_values(self, compared), _field_values(other, compared))
                return NotImplemented
            compare.__name__ = name
            return compare

        for name, op in [('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)]:
            if name in cls.__dict__:
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')
            _set_method(cls, name, make(op, name))

    if frozen:
        field_names = frozenset(f.name for f in flds)

        def __setattr__(self, name, value):
            if type(self) is cls or name in field_names:
                raise FrozenInstanceError(f'cannot assign to field {name!r}')
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in field_names:
                raise FrozenInstanceError(f'cannot delete field {name!r}')
            super(cls, self).__delattr__(name)

        _set_method(cls, '__setattr__', __setattr__)
        _set_method(cls, '__delattr__', __delattr__)

    has_own_hash = '__hash__' in cls.__dict__ and cls.__dict__['__hash__'] is not None
    hashed = [f for f in flds if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash or (eq and frozen):
        if not has_own_hash or unsafe_hash:
            _set_method(cls, '__hash__', lambda self: hash(_field_values(self, hashed)))
    elif eq and not has_own_hash:
        cls.__hash__ = None
    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in pos_fields)
    if slots:
        cls = _add_slots(cls, flds)
    return cls


def _add_slots(cls, flds):
    # CPython makes a new class whose __slots__ are the field names (those no base already has)
    cls_dict = dict(cls.__dict__)
    inherited = set()
    for base in cls.__mro__[1:-1]:
        s = base.__dict__.get('__slots__', ())
        inherited.update([s] if isinstance(s, str) else s)
    names = tuple(f.name for f in flds)
    cls_dict['__slots__'] = tuple(n for n in names if n not in inherited)
    for n in names:
        cls_dict.pop(n, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = cls.__qualname__
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    new_cls.__qualname__ = qualname
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        if order and not eq:
            raise ValueError('eq must be true if order is true')
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def fields(class_or_instance):
    try:
        flds = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in flds.values() if f._field_type is _FIELD)


def _copy(obj, dict_factory, as_tuple):
    if is_dataclass(obj) and not isinstance(obj, type):
        values = [(f.name, _copy(getattr(obj, f.name), dict_factory, as_tuple)) for f in fields(obj)]
        return tuple(v for _, v in values) if as_tuple else dict_factory(values)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        # a namedtuple takes its fields as arguments, not one iterable
        return type(obj)(*[_copy(v, dict_factory, as_tuple) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_copy(v, dict_factory, as_tuple) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_copy(k, dict_factory, as_tuple), _copy(v, dict_factory, as_tuple))
                         for k, v in obj.items())
    if type(obj) in _ATOMIC:
        return obj
    # anything else is deep-copied, as CPython's: a set is a new set, and a lock in a field raises
    # "cannot pickle '_thread.lock' object"
    import copy
    return copy.deepcopy(obj)


_ATOMIC = frozenset([int, str, float, bool, type(None)])


def asdict(obj, *, dict_factory=dict):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('asdict() should be called on dataclass instances')
    return _copy(obj, dict_factory, False)


def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('astuple() should be called on dataclass instances')
    return tuple_factory(_copy(obj, dict, True))


def replace(obj, /, **changes):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('replace() should be called on dataclass instances')
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    ns = dict(namespace or {})
    anns = {}
    for item in fields:
        if isinstance(item, str):
            anns[item] = 'typing.Any'
        elif len(item) == 2:
            anns[item[0]] = item[1]
        else:
            anns[item[0]] = item[1]
            ns[item[0]] = item[2]
    ns['__annotations__'] = anns
    return dataclass(type(cls_name, bases, ns), **kwargs)
