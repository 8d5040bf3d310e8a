"""A Content-Security-Policy for every page, as a <meta> element (GitHub
Pages cannot send headers): scripts only from the site itself and the
inline scripts of the page template, each allowed by its hash. Content
(everything inside <article>, where Markdown and data land) never gets a
hash, so a script or an event handler that slipped into it would not run."""

import base64
import hashlib
import re

# An inline script the browser would run: no src, and no data type such
# as application/json or application/ld+json (those are never executed).
INLINE_SCRIPT = re.compile(r"<script(?P<attributes>(?:\s[^>]*)?)>(?P<body>.*?)</script>", re.DOTALL | re.IGNORECASE)
SCRIPT_TYPES = ("", "text/javascript", "module", "application/javascript")
TYPE = re.compile(r"""\stype=["']?([^"'\s>]*)""", re.IGNORECASE)
CONTENT = re.compile(r"<article\b.*</article>", re.DOTALL | re.IGNORECASE)
HEAD = re.compile(r"<head\b[^>]*>", re.IGNORECASE)
EXISTING = re.compile(r'<meta http-equiv="Content-Security-Policy"[^>]*>\s*', re.IGNORECASE)

POLICY = {
    # Fetches, workers and fonts fall back to these: the site's own files.
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    # Material sets inline style attributes; styles cannot run code.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
}


def inline_script_hashes(html: str) -> list[str]:
    """Hashes of the template's inline scripts, outside the content."""
    hashes = []
    for script in INLINE_SCRIPT.finditer(CONTENT.sub("", html)):
        attributes = script.group("attributes")
        if " src=" in attributes.lower():
            continue
        kind = TYPE.search(attributes)
        if (kind.group(1).lower() if kind else "") not in SCRIPT_TYPES:
            continue
        digest = hashlib.sha256(script.group("body").encode("utf-8")).digest()
        hashes.append(f"'sha256-{base64.b64encode(digest).decode()}'")
    return list(dict.fromkeys(hashes))


def policy(html: str) -> str:
    directives = {**POLICY, "script-src": POLICY["script-src"] + inline_script_hashes(html)}
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in directives.items())


def with_policy(html: str) -> str:
    """The page with its policy as the first element of <head>, before any
    script it governs."""
    html = EXISTING.sub("", html)
    head = HEAD.search(html)
    if not head:
        return html
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(html)}">'
    return html[:head.end()] + meta + html[head.end():]
