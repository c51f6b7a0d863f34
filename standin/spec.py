"""The Bot API's machine-readable spec (the vendored ``api.json``), indexed once."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

_DISCRIMINATOR = re.compile(r"(?:must be|always)\s+[“\"]?([A-Za-z0-9_]+)")


@dataclass(frozen=True, slots=True)
class TypeRef:
    """One alternative of a field's type: ``Array of Array of X`` is X with depth 2."""

    name: str
    element: TypeRef | None = None

    @classmethod
    def parse(cls, text: str) -> TypeRef:
        """Parse the spec's type notation."""
        if text.startswith("Array of "):
            inner = cls.parse(text.removeprefix("Array of "))
            return cls(inner.name, inner)
        return cls(text)

    @property
    def label(self) -> str:
        """The spec's own spelling, for error messages."""
        return self.name if self.element is None else f"Array of {self.element.label}"


@dataclass(frozen=True, slots=True)
class Field:
    """A parameter of a method or a field of an object type."""

    name: str
    types: tuple[TypeRef, ...]
    required: bool


@dataclass(frozen=True, slots=True)
class ObjectType:
    """An object type; abstract ones (``BotCommandScope``) list their subtypes."""

    name: str
    fields: Mapping[str, Field]
    required: frozenset[str]
    subtypes: tuple[str, ...] = ()
    discriminator: str | None = None
    variants: Mapping[str, tuple[str, ...]] | None = None


@dataclass(frozen=True, slots=True)
class Method:
    """A Bot API method: its parameters and what it returns."""

    name: str
    fields: Mapping[str, Field]
    required: frozenset[str]
    returns: tuple[TypeRef, ...]


def _fields(raw: Iterable[Mapping[str, Any]]) -> dict[str, Field]:
    return {
        f["name"]: Field(f["name"], tuple(TypeRef.parse(t) for t in f["types"]), f["required"])
        for f in raw
    }


class Spec:
    """The indexed spec. Build it with :func:`load_spec` (cached) rather than directly."""

    def __init__(self, raw: Mapping[str, Any]) -> None:
        self.version: str = raw["version"]
        self.types: dict[str, ObjectType] = {}
        for name, t in raw["types"].items():
            fields = _fields(t.get("fields", ()))
            required = frozenset(f.name for f in fields.values() if f.required)
            self.types[name] = ObjectType(name, fields, required, tuple(t.get("subtypes", ())))
        descriptions = {
            (type_name, f["name"]): f["description"]
            for type_name, t in raw["types"].items()
            for f in t.get("fields", ())
        }
        for name, t in list(self.types.items()):
            if t.subtypes:
                self.types[name] = self._with_discriminator(t, descriptions)
        self.methods: dict[str, Method] = {}
        for name, m in raw["methods"].items():
            fields = _fields(m.get("fields", ()))
            required = frozenset(f.name for f in fields.values() if f.required)
            returns = tuple(TypeRef.parse(r) for r in m["returns"])
            self.methods[name.lower()] = Method(name, fields, required, returns)
        self.update_types: tuple[str, ...] = tuple(
            f for f in self.types["Update"].fields if f != "update_id"
        )

    def _with_discriminator(
        self, t: ObjectType, descriptions: Mapping[tuple[str, str], str]
    ) -> ObjectType:
        # Subtypes say "Type of the scope, must be chat": index them by that value so a
        # wrong value gets a clear error instead of a pile of failed structural matches.
        found: dict[str, str] = {}
        variants: dict[str, tuple[str, ...]] = {}
        for sub in t.subtypes:
            for field in self.types[sub].fields.values():
                m = _DISCRIMINATOR.search(descriptions[sub, field.name])
                if m and field.required:
                    found[sub] = field.name
                    variants[m.group(1)] = (*variants.get(m.group(1), ()), sub)
                    break
        names = set(found.values())
        if len(found) != len(t.subtypes) or len(names) != 1:
            return t
        return ObjectType(t.name, t.fields, t.required, t.subtypes, names.pop(), variants)

    def method(self, name: str) -> Method | None:
        """The method called ``name``; like Telegram, method names are case-insensitive."""
        return self.methods.get(name.lower())


def load_spec() -> Spec:
    """Load and index the vendored ``api.json`` once per process."""
    raw = json.loads(resources.files("standin").joinpath("api.json").read_text("utf-8"))
    return Spec(raw)
