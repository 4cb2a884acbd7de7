"""Turn dataclasses, decimals, dates and enums into plain JSON values, and back."""

import collections.abc
import dataclasses
import functools
import types
import typing
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

_PLAIN = frozenset({str, int, float, bool, type(None)})


@functools.cache
def _field_names(kind: type) -> tuple[str, ...] | None:
    """The fields of a dataclass type, looked up once per type; None for other types."""
    if not dataclasses.is_dataclass(kind):
        return None
    return tuple(f.name for f in dataclasses.fields(kind))


def to_jsonable(value: Any) -> Any:
    """A JSON-ready copy of a value built from dataclasses and the usual scalars."""
    kind: type = type(value)
    if kind in _PLAIN:  # most values: returned at once (a claim may have thousands of lines)
        return value
    names = _field_names(kind)
    if names is not None:
        return {name: to_jsonable(getattr(value, name)) for name in names}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_jsonable(v) for v in value]
    return value


def from_jsonable(kind: Any, data: Any) -> Any:
    """Rebuild a value of a type (dataclasses, tuples, optionals, scalars) from JSON."""
    origin = typing.get_origin(kind)
    if origin in (types.UnionType, typing.Union):
        if data is None:
            return None
        options = [arg for arg in typing.get_args(kind) if arg is not type(None)]
        return from_jsonable(options[0], data)
    if origin is tuple:
        item = typing.get_args(kind)[0]
        return tuple(from_jsonable(item, value) for value in data)
    if origin in (Mapping, dict, collections.abc.Mapping):
        value_kind = typing.get_args(kind)[1]
        return {key: from_jsonable(value_kind, value) for key, value in data.items()}
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        fields = {f.name for f in dataclasses.fields(kind) if f.init}
        return kind(
            **{name: from_jsonable(hints[name], data[name]) for name in fields if name in data}
        )
    if kind is Decimal:
        return Decimal(data)
    if kind is date:
        return date.fromisoformat(data)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(data)
    return data
