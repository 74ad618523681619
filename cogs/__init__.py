"""Discord glue: option parsing, replies, views and listeners. No SQL, no domain rules: they call bot.services."""
