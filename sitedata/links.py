"""The link registry: every public address the site promises to keep.

data/links.yml lists addresses relative to the site root ('cytokines/',
'cytokines/#key-points') and a map of moved addresses. The build forwards
moved pages and anchors (forwarding.py); the tests fail when a built site loses an address the registry
promises.

Run `python -m sitedata.links SITE_DIR` (make links) to add new addresses.
"""

import re
import sys
from pathlib import Path

import yaml

from .errors import ContentError, Problem
from .yamlfile import parse_yaml

REGISTRY = Path(__file__).resolve().parent.parent / "data" / "links.yml"
# Ids that instructors link to: headings (sections, glossary terms, claims),
# self-check questions, references, the posts' source cards, persuasion
# tactics, warning signs and approvals.
PUBLIC_ID = re.compile(r'<(?:h[2-4]|p class="(?:self-check|reference)[^"]*")[^>]*\sid="([^"]+)"'
                       r'|<(?:strong|dt|li) id="((?:source|tactic|sign|approval)-[^"]+)"')
# Pages whose own anchors are not promised: /print/ repeats every page with
# prefixed ids; instructors should link to the pages themselves.
ANCHORS_NOT_PROMISED = {"print/"}
HEADER = """\
# Every public address of the site, promised stable to instructors.
# A test fails when a build loses one. To move an address, keep it here and
# map it in `moved` to its new place; the build forwards it.
# Add new addresses with `make links`.
"""


# A public address: a page path under the site root ('' is the home page),
# optionally with an anchor. Nothing else may reach a redirect page.
ADDRESS = re.compile(r"(?:[a-z0-9][a-z0-9_-]*/)*(?:#[A-Za-z0-9][A-Za-z0-9_.-]*)?")


def load_registry(path: Path = REGISTRY) -> tuple[list[str], dict[str, str]]:
    """The promised addresses and the moved map, checked: a malformed file
    or an address that is not a plain site path stops the build."""
    label = f"data/{path.name}"
    if not path.exists():
        return [], {}
    data, problems = parse_yaml(path.read_text(encoding="utf-8"), label)
    if problems:
        raise ContentError(problems)
    if not isinstance(data, dict) or set(data) - {"addresses", "moved"}:
        raise ContentError([Problem(label, 1, "file", "expected a mapping with 'addresses' and 'moved'",
                                    "keep the layout that `make links` writes")])
    addresses, moved = data.get("addresses") or [], data.get("moved") or {}
    line = data.line_of
    if not isinstance(addresses, list) or not isinstance(moved, dict):
        raise ContentError([Problem(label, line("addresses"), "file",
                                    "'addresses' must be a list and 'moved' a mapping",
                                    "keep the layout that `make links` writes")])
    problems = [Problem(label, line("addresses"), str(address), "not a site address",
                        "write a path under the site root such as 'cytokines/#key-points'")
                for address in addresses if not isinstance(address, str) or not ADDRESS.fullmatch(address)]
    problems += [Problem(label, moved.line_of(old), str(old),
                         f"moved to {new!r}, which is not a site address",
                         "map it to a path under the site root such as 'cytokines/#key-points'")
                 for old, new in moved.items()
                 if not (isinstance(old, str) and isinstance(new, str)
                         and ADDRESS.fullmatch(old) and ADDRESS.fullmatch(new))]
    if problems:
        raise ContentError(problems)
    return list(addresses), dict(moved)


def built_addresses(site_dir: Path) -> set[str]:
    """Every page and public anchor of a built site."""
    found = set()
    for page in site_dir.rglob("index.html"):
        relative = page.parent.relative_to(site_dir).as_posix()
        url = "" if relative == "." else f"{relative}/"
        text = page.read_text(encoding="utf-8")
        if 'http-equiv="refresh"' in text:
            continue  # a redirect page, not a page of its own
        found.add(url)
        if url in ANCHORS_NOT_PROMISED:
            continue
        found.update(f"{url}#{heading or other}" for heading, other in PUBLIC_ID.findall(text))
    return found


def update_registry(site_dir: Path, path: Path = REGISTRY) -> list[str]:
    """Add the built site's new addresses to the registry; return them."""
    addresses, moved = load_registry(path)
    new = sorted(built_addresses(site_dir) - set(addresses) - set(moved))
    document = {"addresses": sorted(set(addresses) | set(new)), "moved": moved}
    path.write_text(HEADER + yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100),
                    encoding="utf-8")
    return new


if __name__ == "__main__":
    added = update_registry(Path(sys.argv[1]))
    print(f"{len(added)} new addresses added to {REGISTRY.name}")
