"""Validation of request bodies against Discord's published OpenAPI description.

The document (``shared/discord-api-spec/openapi.json``, OpenAPI 3.1, i.e. JSON Schema 2020-12) is read at
run time, never copied into the project. Concrete URLs are mapped to its templated paths; each body is
validated against ``paths[template][method].requestBody.content['application/json'].schema`` with every
``$ref`` resolved through a ``referencing.Registry`` holding the whole document. Where a body schema is a
union discriminated by ``type`` (interaction callbacks), the branch whose ``type`` enum holds the body's
type is used, so errors name the real problem instead of "not valid under any of the given schemas".
One deliberate deviation: snowflakes may be JSON integers as well as strings, as Discord accepts them.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_URI = "urn:discord-openapi"
_MAX_MESSAGE = 200
_CACHE_SIZE = 4096


def default_spec_path() -> Path:
    """``shared/discord-api-spec/openapi.json`` beside the repository root (``/work/main/../shared``)."""
    return (Path(__file__).resolve().parents[2] / "../shared/discord-api-spec/openapi.json").resolve()


@lru_cache(maxsize=4)
def _load(path: str) -> tuple[dict[str, Any], Registry[Any]]:
    with open(path, encoding="utf-8") as fh:
        document: dict[str, Any] = json.load(fh)
    schemas = document.get("components", {}).get("schemas", {})
    if "SnowflakeType" in schemas:
        # The description types snowflakes as strings, but Discord also accepts JSON integers, and
        # discord.py sends them (attachment ids, message_reference ids, allowed_mentions users/roles).
        schemas["SnowflakeType"] = {"anyOf": [schemas["SnowflakeType"], {"type": "integer", "minimum": 0}]}
    resource: Resource[Any] = Resource.from_contents(document, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
    return document, registry


def _pointer_escape(segment: str) -> str:
    return segment.replace("~", "~0").replace("/", "~1")


class SpecValidator:
    """Maps requests to the spec and validates their JSON bodies. ``loaded`` is False without a spec."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.loaded = False
        self._document: dict[str, Any] = {}
        self._registry: Registry[Any] = Registry()
        self._templates: list[tuple[list[str], str]] = []
        self._validators: dict[str, jsonschema.protocols.Validator] = {}
        self._results: dict[tuple[str, str], list[str]] = {}
        self._branches: dict[str, list[tuple[str, list[Any]]]] = {}
        if path is not None and path.is_file():
            self._document, self._registry = _load(str(path))
            self._templates = [(t.strip("/").split("/"), t) for t in self._document.get("paths", {})]
            self.loaded = True

    def template_for(self, path: str) -> str | None:
        """The spec's templated path for a concrete one (most literal segments wins)."""
        segments = path.strip("/").split("/")
        best: tuple[int, str] | None = None
        for template_segments, template in self._templates:
            if len(template_segments) != len(segments):
                continue
            literals = 0
            for tpl, seg in zip(template_segments, segments, strict=True):
                if tpl.startswith("{") and tpl.endswith("}"):
                    continue
                if tpl != seg:
                    break
                literals += 1
            else:
                if best is None or literals > best[0]:
                    best = (literals, template)
        return best[1] if best else None

    def body_schema_pointer(self, template: str, method: str) -> str | None:
        operation = self._document.get("paths", {}).get(template, {}).get(method.lower())
        if not isinstance(operation, dict):
            return None
        content = operation.get("requestBody", {}).get("content", {})
        if "application/json" not in content or "schema" not in content["application/json"]:
            return None
        return "/".join(
            [
                "#/paths",
                _pointer_escape(template),
                method.lower(),
                "requestBody/content/application~1json/schema",
            ]
        )

    def validate(self, method: str, path: str, body: Any) -> list[str]:
        """Error strings for ``body`` sent as ``method path``; empty when valid or not described."""
        if not self.loaded or body is None:
            return []
        template = self.template_for(path)
        if template is None:
            return []
        pointer = self.body_schema_pointer(template, method)
        if pointer is None:
            return []
        pointer = self._discriminated_branch(pointer, body) or pointer
        key = (pointer, json.dumps(body, sort_keys=True))
        problems = self._results.get(key)
        if problems is None:  # validation costs ~1 ms; load tests repeat the same bodies
            validator = self._validator(pointer)
            errors = sorted(validator.iter_errors(body), key=lambda e: list(e.path))
            problems = [_describe(_most_specific(error)) for error in errors]
            if len(self._results) >= _CACHE_SIZE:
                self._results.clear()
            self._results[key] = problems
        return [f"spec {template_name(template, method)}: {p}" for p in problems]

    def validate_object(self, schema: str, instance: Any) -> list[str]:
        """Error strings for an object the fake sends (e.g. a message in an interaction's ``resolved``) against
        ``components/schemas/{schema}``; empty when valid or without a spec."""
        if not self.loaded:
            return []
        validator = self._validator(f"#/components/schemas/{_pointer_escape(schema)}")
        errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.path))
        return [f"spec {schema}: {_describe(_most_specific(error))}" for error in errors]

    def _resolve(self, pointer: str) -> Any:
        return self._registry.resolver().lookup(SPEC_URI + pointer).contents

    def _discriminated_branch(self, pointer: str, body: Any) -> str | None:
        """For a union whose branches fix ``type`` with an enum, the branch for ``body['type']``."""
        if not isinstance(body, dict) or "type" not in body:
            return None
        branches = self._branches.get(pointer)
        if branches is None:
            branches = self._branches[pointer] = self._typed_branches(pointer)
        return next((ref for ref, enum in branches if body["type"] in enum), None)

    def _typed_branches(self, pointer: str) -> list[tuple[str, list[Any]]]:
        schema = self._resolve(pointer)
        if not isinstance(schema, dict):
            return []
        found = []
        for branch in schema.get("anyOf") or schema.get("oneOf") or []:
            ref = branch.get("$ref") if isinstance(branch, dict) else None
            if isinstance(ref, str) and ref.startswith("#"):
                target = self._resolve(ref)
                enum = target.get("properties", {}).get("type", {}).get("enum", [])
                if enum:
                    found.append((ref, list(enum)))
        return found

    def _validator(self, pointer: str) -> jsonschema.protocols.Validator:
        validator = self._validators.get(pointer)
        if validator is None:
            validator = jsonschema.Draft202012Validator({"$ref": SPEC_URI + pointer}, registry=self._registry)
            self._validators[pointer] = validator
        return validator


def template_name(template: str, method: str) -> str:
    return f"{method.upper()} {template}"


def _most_specific(error: ValidationError) -> ValidationError:
    """For a failed union: the branch with the fewest errors (ties: the deepest), then its deepest error,
    so the report names a wrong ``content`` rather than "data is not null"."""
    if not error.context:
        return error
    branches: dict[Any, list[ValidationError]] = {}
    for sub in error.context:
        branches.setdefault(sub.relative_schema_path[0] if sub.relative_schema_path else None, []).append(sub)
    best = min(branches.values(), key=lambda errs: (len(errs), -max(len(e.absolute_path) for e in errs)))
    deepest = max(best, key=lambda e: (len(e.absolute_path), e.validator != "type"))
    return _most_specific(deepest)


def _describe(error: ValidationError) -> str:
    instance, limit = error.instance, error.validator_value
    if error.validator in ("maxItems", "minItems") and isinstance(instance, list):
        message = f"{len(instance)} items ({error.validator} {limit})"
    elif error.validator in ("maxLength", "minLength") and isinstance(instance, str):
        message = f"{len(instance)} characters ({error.validator} {limit})"
    else:
        message = error.message
    if len(message) > _MAX_MESSAGE:
        message = message[:_MAX_MESSAGE] + "…"
    return f"{error.json_path}: {message}"
