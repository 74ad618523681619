-- Commands answered "thinking…" whose handler is still working (bot/unanswered.py): each row goes when its handler
-- ends (or when Backstage stops and has told its person). A row left when a process starts was cut short by a kill
-- (SIGKILL, a power cut): the person is told so on the interaction, while its token lives (15 minutes).
CREATE TABLE unanswered (
    interaction_id  INTEGER PRIMARY KEY,
    guild_id        INTEGER NOT NULL,
    application_id  INTEGER NOT NULL,
    token           TEXT NOT NULL,
    message         TEXT NOT NULL,
    deferred_at     TEXT NOT NULL
);
