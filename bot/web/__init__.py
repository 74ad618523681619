"""The night on the web: `backstage serve` (or `backstage run --serve`, `backstage rehearse --serve`).

A read-only aiohttp server for the shows of servers that turned the web on (/setup web:true): a live page that
updates without a reload (server-sent events), JSON Feed and Atom feeds, the published digest as an article,
and an embed snippet. No discord here: it reads the database through `db.repositories.web` on a connection of
its own, so it works the same beside the bot or in a process of its own.

  timeline.py  what is public (the one rule) and the posts a reader sees, kept up to date from changed rows
  live.py      LiveHub: polls the database for changes, keeps each watched show's timeline, fans events out
  pages.py     HTML (jinja2, autoescaped) and schema.org JSON-LD; feeds.py: JSON Feed 1.1 and Atom 1.0
  article.py   the published digest, rendered by bot.digest's HTML renderer, as an article page
  app.py       routes, security headers, the 404 page; server.py: start/stop and `backstage serve`
  links.py     a show's address and its embed snippet (also what /show start and /show status print)
"""
