"""MkDocs adapter for sitedata.csp: every HTML file of the published site
gets its Content-Security-Policy. It runs last (the last hook, at the end
of the build), because the policy lists the hashes of each page's final
inline scripts, including those of the print page and of the redirect
pages, which no page event sees."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sitedata.csp import with_policy  # noqa: E402


def on_post_build(config, **kwargs):
    offline = config.plugins.get("material/offline")
    if offline and offline.config.enabled:
        # The offline copy (`make offline`) searches through a shim that
        # writes an inline script naming the reader's own folder, which no
        # hash can allow; that copy runs from the reader's disk, unpublished.
        return
    for page in Path(config["site_dir"]).rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        page.write_text(with_policy(text), encoding="utf-8")
