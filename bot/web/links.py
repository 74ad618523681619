"""A show's addresses on the web and the embed snippet: what the server links to and what /show prints."""

from __future__ import annotations

from markupsafe import escape

from bot.settings import Settings


def base_url(settings: Settings) -> str:
    """The address readers use: BACKSTAGE_PUBLIC_URL, else the server's own host and port."""
    if settings.public_url:
        return settings.public_url
    host = settings.web_host
    if host in ("0.0.0.0", "::", ""):
        host = "localhost"
    elif ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{settings.web_port}"


def show_url(base: str, token: str) -> str:
    return f"{base.rstrip('/')}/s/{token}"


def embed_url(base: str, token: str) -> str:
    return f"{show_url(base, token)}/embed"


def embed_snippet(base: str, token: str, show_name: str) -> str:
    """One `<iframe>` line a newsroom pastes into its site (the show's name escaped for the attribute)."""
    title = str(escape(f"{show_name} — live")).replace("`", "&#96;")
    return (
        f'<iframe src="{embed_url(base, token)}" title="{title}" width="100%" height="640" '
        'style="border:0;max-width:100%" loading="lazy" referrerpolicy="no-referrer"></iframe>'
    )
