"""Errors a person can act on. Their message is shown to them as is, ephemerally."""

from __future__ import annotations


class UserError(Exception):
    """Something the person asked cannot be done; `str(exc)` says why and what to do instead."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotAllowed(UserError):
    pass


class NotFound(UserError):
    pass


class InvalidInput(UserError):
    pass
