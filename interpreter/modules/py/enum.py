"""Enumerations, as CPython 3.11's enum for what lessons use: Enum, IntEnum, StrEnum, auto, unique,
the functional API. Members are made once the class body has run (pyt's class bodies are plain dicts,
so auto() values are given then, in definition order). Flag and IntFlag are not provided."""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'ReprEnum', 'auto', 'unique']


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self):
        self.value = _auto_null

    def __repr__(self):
        return "auto(%r)" % self.value


_auto_null = object()
_MappingProxy = type(type.__dict__)  # types.MappingProxyType: __members__ is a read-only view


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


class EnumType(type):
    """Metaclass for Enum."""

    def __new__(metacls, cls, bases, classdict, **kwds):
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(f"<enum {cls!r}> cannot extend {base!r}")
        members = []
        body = {}
        for key, value in classdict.items():
            if (_is_dunder(key) or _is_sunder(key) or key.startswith('_' + cls + '__')
                    or _is_descriptor(value) or key == '_ignore_'):
                body[key] = value
            else:
                members.append((key, value))
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        type.__setattr__(enum_class, '_member_names_', [])
        type.__setattr__(enum_class, '_member_map_', {})
        type.__setattr__(enum_class, '_value2member_map_', {})
        member_type = _member_type(enum_class)
        # a mixed-in type's repr/str/format must not win over the enum's (IntEnum's repr is <N.ONE: 1>)
        first_enum = next((b for b in bases if isinstance(b, EnumType)), None)
        if first_enum is not None:
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name not in classdict:
                    found = getattr(enum_class, name)
                    if found is getattr(member_type, name, None) or found is getattr(object, name):
                        type.__setattr__(enum_class, name, getattr(first_enum, name))
        last_values = []
        for name, value in members:
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = enum_class._generate_next_value_(name, 1, len(last_values), last_values[:])
                value = value.value
            last_values.append(value)
            enum_class._add_member_(name, value, member_type)
        return enum_class

    def _add_member_(cls, name, value, member_type):
        canonical = None
        for m in cls._member_map_.values():
            if m._value_ == value:
                canonical = m
                break
        if canonical is not None:
            member = canonical  # an alias
        else:
            args = value if isinstance(value, tuple) and member_type is not object else (value,)
            member = object.__new__(cls) if member_type is object else member_type.__new__(cls, *args)
            member._name_ = name
            member._value_ = value
            member.__objclass__ = cls
            if '__init__' in cls.__dict__ or any('__init__' in b.__dict__ for b in cls.__mro__[1:-1] if isinstance(b, EnumType) and b is not Enum):
                member.__init__(*(value if isinstance(value, tuple) else (value,)))
            cls._member_names_.append(name)
            try:
                cls._value2member_map_[value] = member
            except TypeError:
                pass
        cls._member_map_[name] = member
        type.__setattr__(cls, name, member)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        if names is None:
            # Enum's lookup, never a mixed-in type's __new__ (CPython's EnumType sets __new__ to it)
            return Enum.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            names = [(n, start + i) for i, n in enumerate(names)]
        items = names.items() if isinstance(names, dict) else names
        bases = (cls,) if type is None else (type, cls)
        body = {'__module__': module if module is not None else '__main__'}
        if qualname is not None:
            body['__qualname__'] = qualname
        for n, v in items:
            body[n] = v
        return EnumType.__new__(EnumType, class_name, bases, body)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(f"unsupported operand type(s) for 'in': '{type(member).__qualname__}' and '{type(cls).__qualname__}'")
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f"{cls.__name__!r} cannot delete member {attr!r}.")
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return iter([cls._member_map_[name] for name in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[name] for name in reversed(cls._member_names_)])

    def __dir__(cls):
        # CPython 3.11's: the members and the class's protocol, or all its mixed-in type has
        interesting = set(['__class__', '__contains__', '__doc__', '__getitem__', '__init_subclass__',
                           '__iter__', '__len__', '__members__', '__module__', '__name__', '__qualname__']
                          + cls._member_names_)
        if any('__new__' in c.__dict__ for c in cls.__mro__ if isinstance(c, EnumType) and c.__module__ != __name__):
            interesting.add('__new__')
        member_type = _member_type(cls)
        if member_type is object:
            return sorted(interesting)
        return sorted(set(dir(member_type)) | interesting)

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)


EnumMeta = EnumType


def _member_type(enum_class):
    for base in enum_class.__mro__:
        if base is object or isinstance(base, EnumType):
            continue
        return base
    return object


class _EnumProperty:
    # name and value: read-only on members
    def __init__(self, attr):
        self.attr = attr

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return getattr(instance, self.attr)

    def __set__(self, instance, value):
        raise AttributeError(f"<enum 'Enum'> cannot set attribute {self.attr[1:-1]!r}")

    def __delete__(self, instance):
        raise AttributeError(f"<enum 'Enum'> cannot delete attribute {self.attr[1:-1]!r}")


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    name = _EnumProperty('_name_')
    value = _EnumProperty('_value_')

    def __dir__(self):
        # CPython 3.11's: the member's public names (its class's, not the other members), or all its
        # mixed-in type has
        cls = self.__class__
        if _member_type(cls) is object:
            interesting = set(['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'])
        else:
            interesting = set(object.__dir__(self))
        for name in getattr(self, '__dict__', []):
            if name[0] != '_':
                interesting.add(name)
        for klass in cls.mro():
            for name in klass.__dict__:
                if name[0] != '_' and name not in cls._member_map_:
                    interesting.add(name)
        return sorted(set(['__class__', '__doc__', '__eq__', '__hash__', '__module__']) | interesting)

    def __new__(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError(f"error in {cls.__name__}._missing_: returned {result!r} instead of None or a valid member")

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = type(self)._value_repr_ if '_value_repr_' in type(self).__dict__ else repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)

    __hash__ = int.__hash__


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    __hash__ = str.__hash__

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration
