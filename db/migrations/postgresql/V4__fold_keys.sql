-- Version 4 (PostgreSQL twin). The SQLite migration re-keys roster entries written under an older, narrower
-- folding (SQL `backstage_fold`, bot.text.fold registered on SQLite's connection). A PostgreSQL database starts
-- at this release: every key it holds was folded by today's bot.text.fold when it was written, so there is
-- nothing to re-key and no step to run. A later change of the folding rule must re-key in Python, in its
-- migration's place, on both engines.
SELECT 1;
