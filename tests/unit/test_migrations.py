"""Shipped migrations are frozen: a database made by one of them must meet the same text forever.
To change the schema, add db/migrations/V{n+1}__name.sql — never edit a shipped file."""

import hashlib
from importlib import resources

from db.database import LATEST_VERSION, migrations

SHIPPED = {
    "V1__initial.sql": "8331a19640c40aeb4ea65e4f9373af38660124cdbbeeaf5f016342b412112907",
    "V2__newsroom.sql": "ddd4e426b9c58bd8c89bfc7c1617c85df343b283d1848b56c727e687d191780e",
    "V3__quote_by.sql": "c07b90ddf85fdf5640b103c7e9d8f02a4f133e1c87ab67be2dbb32556cb80e58",
    "V4__fold_keys.sql": "19307b1d39d7f416ff2a1a469ca592cac8390b49d48f7a25c863a00ba3a1b7e4",
    "V5__feed_publisher.sql": "60edf9a2cada06cbadf3b31c28a3372f3151f58d29f51779a545ad2ad7f30b18",
}


def test_shipped_migrations_are_unchanged():
    folder = resources.files("db.migrations")
    for name, digest in SHIPPED.items():
        assert hashlib.sha256(folder.joinpath(name).read_bytes()).hexdigest() == digest, (
            f"{name} was edited after it shipped; add a new migration instead"
        )


def test_migrations_are_numbered_without_gaps_and_every_one_is_pinned_once_shipped():
    versions = [v for v, _, _ in migrations()]
    assert versions == list(range(1, LATEST_VERSION + 1))
    assert len(SHIPPED) <= LATEST_VERSION
