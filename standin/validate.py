"""Validation of calls (and of the stand-in's own answers) against the indexed spec.

The validator is deliberately stricter than Telegram: Telegram silently ignores unknown
parameters and fields, which is exactly how a misspelt ``reply_markup`` goes unnoticed. Here
every unknown name is an error, so a bot that passes against the stand-in sends only what the
spec defines.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from typing import Any

from standin.spec import Method, ObjectType, Spec, TypeRef
from standin.uploads import Upload

_INTEGER = re.compile(r"[+-]?\d{1,19}")
# What Telegram accepts for a Boolean sent as a form field (PTB sends "true"/"false").
_FORM_BOOLEANS = {"true": True, "1": True, "false": False, "0": False}


class SpecError(ValueError):
    """A value does not fit the spec; ``path`` says where inside the value."""

    def __init__(self, problem: str, path: tuple[str | int, ...] = ()) -> None:
        super().__init__(problem)
        self.problem = problem
        self.path = path

    def within(self, step: str | int) -> SpecError:
        """The same error, one level further out."""
        return SpecError(self.problem, (step, *self.path))

    def __str__(self) -> str:
        if not self.path:
            return self.problem
        where = "".join(f"[{s}]" if isinstance(s, int) else f".{s}" for s in self.path)
        return f"{where.lstrip('.')}: {self.problem}"


def _describe(value: object) -> str:
    if isinstance(value, bool):
        return "Boolean"
    if isinstance(value, int):
        return "Integer"
    if isinstance(value, float):
        return "Float"
    if isinstance(value, str):
        shown = value if len(value) <= 30 else value[:27] + "..."
        return f"String {json.dumps(shown, ensure_ascii=False)}"
    if isinstance(value, list):
        return "Array"
    if isinstance(value, dict):
        keys = ", ".join(f'"{k}"' for k in list(value)[:5])
        return f"an object with fields {keys}" if value else "an empty object"
    if isinstance(value, Upload):
        return "an uploaded file"
    return "null" if value is None else type(value).__name__


class Validator:
    """Checks values against a :class:`Spec`; precomputed, so a call costs microseconds."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.types = spec.types

    def check_params(
        self, method: Method, params: Mapping[str, Any], *, form: bool
    ) -> dict[str, Any]:
        """Validate a call's parameters; returns them converted to JSON types.

        ``form`` means the values came as form fields (strings, objects JSON-encoded), as PTB
        sends them; otherwise they came as a JSON body and must already have the right types.
        """
        for name in params:
            if name not in method.fields:
                raise SpecError(f'unknown parameter "{name}" for {method.name}')
        for name in method.fields:
            if name in method.required and name not in params:
                raise SpecError(f'missing required parameter "{name}" for {method.name}')
        out: dict[str, Any] = {}
        for name, value in params.items():
            try:
                out[name] = self.check(value, method.fields[name].types, form=form)
            except SpecError as exc:
                raise exc.within(name) from None
        return out

    def check_result(self, method: Method, result: object) -> None:
        """Validate a value the stand-in is about to return (guards the stand-in itself)."""
        self.check(result, method.returns, form=False)

    def check_type(self, value: object, type_name: str) -> Any:
        """Validate a JSON value against a type named in the spec, e.g. ``"Update"``."""
        return self.check(value, (TypeRef.parse(type_name),), form=False)

    def check(self, value: object, refs: tuple[TypeRef, ...], *, form: bool) -> Any:
        """Validate ``value`` against one of several alternatives."""
        if len(refs) == 1:
            return self._check_ref(value, refs[0], form)
        failures: list[tuple[tuple[int, int], SpecError]] = []
        for ref in refs:
            try:
                return self._check_ref(value, ref, form)
            except SpecError as exc:
                failures.append(((len(exc.path), self._overlap(value, ref)), exc))
        (depth, overlap), best = max(failures, key=lambda f: f[0])
        if depth or overlap:
            raise best
        wanted = " or ".join(r.label for r in refs)
        if form and isinstance(value, str) and value.startswith(("{", "[")):
            value = _decoded(value)
        raise SpecError(f"expected {wanted}, got {_describe(value)}")

    def _overlap(self, value: object, ref: TypeRef) -> int:
        t = self.types.get(ref.name)
        if ref.element is not None or t is None or not isinstance(value, dict):
            return 0
        return sum(1 for k in value if k in t.fields)

    def _check_ref(self, value: object, ref: TypeRef, form: bool) -> Any:
        if ref.element is not None:
            value = _decoded(value) if form and isinstance(value, str) else value
            if not isinstance(value, list):
                raise SpecError(f"expected {ref.label}, got {_describe(value)}")
            out = []
            for i, item in enumerate(value):
                try:
                    out.append(self._check_ref(item, ref.element, False))
                except SpecError as exc:
                    raise exc.within(i) from None
            return out
        name = ref.name
        if name == "String" and isinstance(value, str):
            return value
        if name == "Integer":
            if isinstance(value, int) and not isinstance(value, bool):
                return value
            if form and isinstance(value, str) and _INTEGER.fullmatch(value):
                return int(value)
        elif name == "Boolean":
            if isinstance(value, bool):
                return value
            if form and isinstance(value, str) and value.lower() in _FORM_BOOLEANS:
                return _FORM_BOOLEANS[value.lower()]
        elif name == "Float":
            if isinstance(value, int | float) and not isinstance(value, bool):
                return value
            if form and isinstance(value, str):
                return _form_float(value)
        elif name == "InputFile":
            if isinstance(value, Upload):
                return value
        elif name in self.types:
            value = _decoded(value) if form and isinstance(value, str) else value
            return self._check_object(value, self.types[name])
        raise SpecError(f"expected {name}, got {_describe(value)}")

    def _check_object(self, value: object, t: ObjectType) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise SpecError(f"expected {t.name}, got {_describe(value)}")
        if t.subtypes:
            return self._check_abstract(value, t)
        for key in value:
            if key not in t.fields:
                raise SpecError(f'unknown field "{key}" in {t.name}')
        for key in t.required:
            if key not in value:
                raise SpecError(f'{t.name} lacks required field "{key}"')
        out: dict[str, Any] = {}
        for key, item in value.items():
            try:
                out[key] = self.check(item, t.fields[key].types, form=False)
            except SpecError as exc:
                raise exc.within(key) from None
        return out

    def _check_abstract(self, value: dict[str, Any], t: ObjectType) -> dict[str, Any]:
        candidates = t.subtypes
        tag = value.get(t.discriminator) if t.discriminator else None
        if t.discriminator and t.variants is not None and isinstance(tag, str):
            if tag not in t.variants:
                kinds = ", ".join(sorted(t.variants))
                problem = f'"{tag}" is not a kind of {t.name} (one of: {kinds})'
                raise SpecError(problem, (t.discriminator,))
            candidates = t.variants[tag]
        result: dict[str, Any] = self.check(
            value, tuple(TypeRef(n) for n in candidates), form=False
        )
        return result


def _decoded(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        raise SpecError("can't parse JSON-serialized value") from None


def _form_float(text: str) -> float:
    try:
        number = float(text)
    except ValueError:
        raise SpecError(f"expected Float, got {_describe(text)}") from None
    if not math.isfinite(number):
        raise SpecError(f"expected a finite Float, got {_describe(text)}")
    return number
