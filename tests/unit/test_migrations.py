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
    "V5__feed_channels.sql": "a23065fede98c5c5a5bba120ac725a0336f3f783356643cf29e859315acdee1b",
    "V6__web.sql": "4def3f36bea4e54b66e6fb4b19c5a6915f11eecc00aba5a5588662a0a6326f7b",
    "V7__digest_editions.sql": "07a30761557ad42194765813db9f826a60a20cc9f18caaaba4979c6c245540a5",
    "V8__feed_publisher.sql": "371dafbbbd1b1fa59ec39888307069a3bfd2b8989809f27eed6a4ef25fcc094e",
    "V9__web_credits.sql": "65ddaf90150e976719ee1121857ba31990ca6f9835710309bd2862dac3120d4f",
    "V10__photos.sql": "ae43763d6408cc73fb29f685b53c7d1a1b0a1c67822eb025f562ccb2bcdaf049",
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
