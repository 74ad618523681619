-- Version 6: the night on the web (`backstage serve`, issue 13).

-- A server's shows are on the web only once an admin turned it on (/setup web:true); off by default.
ALTER TABLE guild_config ADD COLUMN web INTEGER NOT NULL DEFAULT 0;

-- Each show's unguessable address on the web (/s/<token>). New shows get a token from Python's `secrets`
-- when they open; shows opened before this version get one here.
ALTER TABLE shows ADD COLUMN web_token TEXT;
UPDATE shows SET web_token = lower(hex(randomblob(16))) WHERE web_token IS NULL;
CREATE UNIQUE INDEX shows_web_token ON shows(web_token);

-- The digest the desk published (/digest publish): how many items, and when. The web shows it as an article.
ALTER TABLE shows ADD COLUMN digest_count INTEGER;
ALTER TABLE shows ADD COLUMN digest_published_at TEXT;

-- What the live page must look at again: one row per change of a sighting (or of its digest curation) in a
-- show whose server is on the web. The web server, a reader of this file in any process, polls
-- `PRAGMA data_version` and reads the rows after the last one it saw. The triggers below fill it, whatever
-- code path wrote the change. A column the page shows must be listed in `web_sighting_changed`.
CREATE TABLE web_changes (
    seq          INTEGER PRIMARY KEY,
    show_id      INTEGER NOT NULL,
    sighting_id  INTEGER NOT NULL
);

CREATE TRIGGER web_sighting_added AFTER INSERT ON sightings
WHEN (SELECT g.web FROM shows sh JOIN guild_config g ON g.guild_id = sh.guild_id WHERE sh.id = NEW.show_id) = 1
BEGIN
    INSERT INTO web_changes(show_id, sighting_id) VALUES (NEW.show_id, NEW.id);
END;

CREATE TRIGGER web_sighting_changed
AFTER UPDATE OF what, people, other_names, location, quote, quote_by, headline, photo_url, status, publish_at,
                edited_at, retracted_reason, corroborates ON sightings
WHEN (SELECT g.web FROM shows sh JOIN guild_config g ON g.guild_id = sh.guild_id WHERE sh.id = NEW.show_id) = 1
BEGIN
    INSERT INTO web_changes(show_id, sighting_id) VALUES (NEW.show_id, NEW.id);
END;

CREATE TRIGGER web_curation_added AFTER INSERT ON curations
WHEN (SELECT g.web FROM shows sh JOIN guild_config g ON g.guild_id = sh.guild_id WHERE sh.id = NEW.show_id) = 1
BEGIN
    INSERT INTO web_changes(show_id, sighting_id) VALUES (NEW.show_id, NEW.sighting_id);
END;

CREATE TRIGGER web_curation_changed AFTER UPDATE ON curations
WHEN (SELECT g.web FROM shows sh JOIN guild_config g ON g.guild_id = sh.guild_id WHERE sh.id = NEW.show_id) = 1
BEGIN
    INSERT INTO web_changes(show_id, sighting_id) VALUES (NEW.show_id, NEW.sighting_id);
END;

-- the log keeps its last 100,000 changes (pruned every 1,000), far more than a reader is ever behind
CREATE TRIGGER web_changes_pruned AFTER INSERT ON web_changes WHEN NEW.seq % 1000 = 0
BEGIN
    DELETE FROM web_changes WHERE seq <= NEW.seq - 100000;
END;
