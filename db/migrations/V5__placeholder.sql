-- Placeholder for V5__feed_publisher.sql (branch feed-b, issue 9) while this branch is developed: the lead
-- renumbers at merge and drops this file.
SELECT 1;
