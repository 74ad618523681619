"""The rule checks and the spec mapping on their own, without a bot."""

from __future__ import annotations

from typing import Any

import pytest

from backstage_testing.fakediscord.spec import SpecValidator, default_spec_path
from backstage_testing.fakediscord.validation import (
    check_autocomplete_result,
    check_commands,
    check_message,
    embed_characters,
    valid_command_name,
)

NONE: dict[str, list[str]] = {"parse": []}


def texts(findings: list[Any]) -> str:
    return "\n".join(f.text for f in findings)


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        ("spot", True),
        ("show-start", True),
        ("it's", True),
        ("café", True),
        ("x" * 32, True),
        ("Spot", False),
        ("bad name", False),
        ("", False),
        ("x" * 33, False),
        ("emoji🔥", False),
    ],
)
def test_command_names(name: str, ok: bool) -> None:
    assert valid_command_name(name) is ok


def test_message_limits() -> None:
    assert check_message({"content": "x" * 2000, "allowed_mentions": NONE}, "w") == []
    assert "2001 characters" in texts(check_message({"content": "x" * 2001, "allowed_mentions": NONE}, "w"))
    embed = {
        "title": "t" * 257,
        "description": "d" * 4097,
        "footer": {"text": "f" * 2049},
        "author": {"name": "a" * 257},
        "fields": [{"name": "n" * 257, "value": "v" * 1025}] + [{"name": "n", "value": "v"}] * 25,
    }
    found = check_message({"embeds": [embed], "allowed_mentions": NONE}, "w")
    assert all(f.reject for f in found)
    report = texts(found)
    for fragment in ("title has 257", "description has 4097", "footer.text has 2049", "author.name has 257"):
        assert fragment in report
    assert "26 fields" in report and "name has 257" in report and "value has 1025" in report
    assert "embeds total" in report


def test_embed_total_counts_the_documented_parts() -> None:
    embed = {
        "title": "ab",
        "description": "cde",
        "fields": [{"name": "f", "value": "gh"}],
        "footer": {"text": "ij"},
        "author": {"name": "k", "url": "https://example.invalid/not-counted"},
        "url": "https://example.invalid/not-counted",
    }
    assert embed_characters(embed) == 11
    at_limit = [{"description": "x" * 4096}, {"description": "y" * 1904}]
    assert check_message({"embeds": at_limit, "allowed_mentions": NONE}, "w") == []
    over = [{"description": "x" * 4096}, {"description": "y" * 1905}]
    assert "6001" in texts(check_message({"embeds": over, "allowed_mentions": NONE}, "w"))
    eleven = [{"title": "t"}] * 11
    assert "11 embeds" in texts(check_message({"embeds": eleven, "allowed_mentions": NONE}, "w"))


@pytest.mark.parametrize(
    ("mentions", "problem"),
    [
        (None, "without allowed_mentions"),
        ({"parse": ["users"]}, "parse must be []"),
        ({"parse": [], "users": ["1"]}, "users lists ids"),
        ({"parse": [], "roles": ["2"]}, "roles lists ids"),
        ({"parse": [], "replied_user": True}, "replied_user"),
        ({}, "parse must be []"),
    ],
)
def test_allowed_mentions_rule(mentions: dict[str, Any] | None, problem: str) -> None:
    body: dict[str, Any] = {"content": "hi"}
    if mentions is not None:
        body["allowed_mentions"] = mentions
    [finding] = check_message(body, "w")
    assert problem in finding.text and not finding.reject


def test_allowed_mentions_not_needed_without_content() -> None:
    assert check_message({"components": []}, "w") == []
    assert check_message({"content": ""}, "w") == []
    explicit = {"parse": [], "replied_user": False}
    assert check_message({"content": "ok", "allowed_mentions": explicit}, "w") == []


def command(**overrides: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"name": "spot", "description": "Post a sighting", "type": 1, "options": []}
    base.update(overrides)
    return base


def option(name: str, **overrides: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"name": name, "description": "d", "type": 3}
    base.update(overrides)
    return base


def test_command_rules() -> None:
    assert check_commands([command()], "w") == []
    choices_26 = [{"name": str(i), "value": str(i)} for i in range(26)]
    big_choices = [{"name": "n" * 100, "value": "v" * 100}] * 25
    nested_group = {"name": "g", "description": "d", "type": 2, "options": [option("x", type=2)]}
    bad = [
        command(name="Spot"),
        command(name="desc", description=""),
        command(name="long", description="x" * 101),
        command(name="many", options=[option(f"o{i}") for i in range(26)]),
        command(name="choices", options=[option("c", choices=choices_26)]),
        command(name="order", options=[option("a"), option("b", required=True)]),
        command(name="deep", options=[nested_group]),
        command(name="mixed", options=[option("a"), {"name": "s", "description": "d", "type": 1}]),
        command(name="huge", options=[option(f"o{i}", choices=big_choices) for i in range(3)]),
        command(name="twice"),
        command(name="twice"),
    ]
    report = texts(check_commands(bad, "w"))
    for fragment in (
        "'Spot'",
        "'desc': description",
        "'long': description",
        "26 options",
        "26 choices",
        "required options must come before",
        "groups can only be nested one level",
        "cannot be mixed",
        "characters in total",
        "duplicate command name 'twice'",
    ):
        assert fragment in report, fragment


def test_context_menu_rules() -> None:
    """application-commands.mdx: names of 1-32 characters, mixed case and spaces allowed; no description
    ("not allowed when creating message commands"), no options; at most 15 of each kind."""
    menu = {"name": "Post as sighting", "type": 3}
    assert check_commands([menu, {"name": "Post as sighting", "type": 2}, command()], "w") == []
    bad = [
        {"name": "Described", "type": 3, "description": "Post it"},
        {"name": "With options", "type": 3, "options": [option("x")]},
        {"name": "x" * 33, "type": 3},
    ]
    report = texts(check_commands(bad, "w"))
    for fragment in ("cannot have a description", "takes no options", "1-32 characters"):
        assert fragment in report, fragment
    many = [{"name": f"Menu {i}", "type": 3} for i in range(16)]
    assert "16 MESSAGE commands (max 15)" in texts(check_commands(many, "w"))


def test_autocomplete_rules() -> None:
    ok = {"choices": [{"name": "Gaga", "value": "Lady Gaga"}]}
    assert check_autocomplete_result(ok, "w") == []
    too_many = {"choices": [{"name": str(i), "value": str(i)} for i in range(26)]}
    assert "26 choices" in texts(check_autocomplete_result(too_many, "w"))
    bad = {
        "choices": [
            {"name": "", "value": "v"},
            {"name": "n" * 101, "value": "v"},
            {"name": "n", "value": "v" * 101},
        ]
    }
    report = texts(check_autocomplete_result(bad, "w"))
    assert "choice 0 name" in report and "choice 1 name" in report and "choice 2 value has 101" in report


spec_present = pytest.mark.skipif(
    not default_spec_path().is_file(),
    reason="the OpenAPI description is absent",
)


@spec_present
def test_concrete_paths_map_to_spec_templates() -> None:
    spec = SpecValidator(default_spec_path())
    assert spec.loaded
    assert spec.template_for("/channels/1/messages") == "/channels/{channel_id}/messages"
    assert spec.template_for("/users/@me") == "/users/@me"
    assert spec.template_for("/users/42") == "/users/{user_id}"
    original = "/webhooks/1/tok/messages/@original"
    assert spec.template_for(original) == "/webhooks/{webhook_id}/{webhook_token}/messages/@original"
    callback = "/interactions/{interaction_id}/{interaction_token}/callback"
    assert spec.template_for("/interactions/1/tok/callback") == callback
    assert spec.template_for("/no/such/route") is None


@spec_present
def test_callbacks_are_validated_against_the_branch_of_their_type() -> None:
    spec = SpecValidator(default_spec_path())
    path = "/interactions/1/tok/callback"
    assert spec.validate("POST", path, {"type": 4, "data": {"content": "hi", "allowed_mentions": NONE}}) == []
    errors = spec.validate("POST", path, {"type": 8, "data": {"choices": [{"name": "n", "value": "v"}] * 26}})
    assert len(errors) == 1 and "$.data.choices: 26 items (maxItems 25)" in errors[0]
    errors = spec.validate("POST", path, {"type": 4, "data": {"content": 5}})
    assert len(errors) == 1 and "$.data.content" in errors[0]


def test_a_missing_spec_skips_only_the_spec() -> None:
    spec = SpecValidator(None)
    assert not spec.loaded
    assert spec.validate("POST", "/channels/1/messages", {"content": 5}) == []
