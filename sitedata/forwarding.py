"""Forwarding of moved addresses from the link registry (data/links.yml):
moved pages as mkdocs-redirects maps, moved anchors as a tiny inline
script in the page's head."""

import posixpath

from .structured_data import script_json


def relative_url(from_page: str, to_address: str) -> str:
    """A link from one page ('a/') to an address ('b/#x'), as the browser resolves it."""
    path, _, anchor = to_address.partition("#")
    if path == from_page:
        return f"#{anchor}" if anchor else "./"
    relative = posixpath.relpath(path or ".", from_page or ".") + "/"
    relative = "./" if relative == "./" else relative.removeprefix("./")
    return relative + (f"#{anchor}" if anchor else "")


def moved_anchors(moved: dict[str, str], page_url: str) -> dict[str, str]:
    """Old anchors of one page, mapped to where the browser should go."""
    forwards = {}
    for old, new in moved.items():
        path, _, anchor = old.partition("#")
        if anchor and path == page_url:
            forwards[anchor] = relative_url(page_url, new)
    return forwards


def anchor_script(forwards: dict[str, str]) -> str:
    """Inline script: an old #anchor in the address goes to its new place."""
    data = script_json(forwards)
    return ("<script>(function(m){function go(){var h=decodeURIComponent(location.hash.slice(1));"
            "if(m[h]&&!document.getElementById(h))location.replace(m[h]);}go();"
            f"window.addEventListener('hashchange',go);}})({data});</script>")


def moved_pages(moved: dict[str, str]) -> dict[str, str]:
    """Old page address -> new address, for pages (not anchors) that moved."""
    return {old: new for old, new in moved.items() if "#" not in old}


def redirect_maps(moved: dict[str, str]) -> dict[str, str]:
    """Moved pages as mkdocs-redirects reads them: source file to source
    file ('stemcells/' -> 'stem-cells/' becomes 'stemcells.md' ->
    'stem-cells.md'), a moved anchor kept on the target."""
    def source(address: str) -> str:
        path, _, anchor = address.partition("#")
        name = path.rstrip("/") or "index"
        return f"{name}.md" + (f"#{anchor}" if anchor else "")
    return {source(old): source(new) for old, new in moved_pages(moved).items()}
