-- Version 3: roster keys under the wider folding of bot.text.fold (ø ł đ æ œ þ written out: "Søren" is keyed
-- "soren"; Hangul keyed by syllable). backstage_fold is that function, registered on every connection.
-- Entries whose names now fold alike are one person: the oldest keeps its name and takes the others' aliases.
UPDATE roster SET aliases = (
    SELECT json_group_array(value) FROM (
        SELECT value FROM json_each(roster.aliases)
        UNION
        SELECT a.value FROM roster AS other, json_each(other.aliases) AS a
        WHERE other.guild_id = roster.guild_id AND other.id > roster.id
          AND backstage_fold(other.name) = backstage_fold(roster.name)
    )
)
WHERE EXISTS (
    SELECT 1 FROM roster AS other
    WHERE other.guild_id = roster.guild_id AND other.id > roster.id
      AND backstage_fold(other.name) = backstage_fold(roster.name)
) AND NOT EXISTS (
    SELECT 1 FROM roster AS other
    WHERE other.guild_id = roster.guild_id AND other.id < roster.id
      AND backstage_fold(other.name) = backstage_fold(roster.name)
);
DELETE FROM roster WHERE EXISTS (
    SELECT 1 FROM roster AS other
    WHERE other.guild_id = roster.guild_id AND other.id < roster.id
      AND backstage_fold(other.name) = backstage_fold(roster.name)
);
UPDATE roster SET key = backstage_fold(name) WHERE key <> backstage_fold(name);
