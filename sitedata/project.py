"""The project on disk, read without a site generator: the few settings of
mkdocs.yml that the data needs, the pages in docs/ and the data in data/.
The command line, the Markdown extension and the MkDocs adapter all take
their Site from here, so one build checks and loads the data once."""

import os
from pathlib import Path

import yaml

from .cite_page import release_version
from .links import load_registry
from .site import Site, load_site


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml for the few settings used here: `!ENV [NAME,
    default]` gives the environment's value; other tags (Python names for
    extensions) are not needed and read as nothing."""


_ConfigLoader.add_constructor("!ENV", lambda loader, node: os.environ.get(
    *(loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode) else [loader.construct_scalar(node)])))
_ConfigLoader.add_multi_constructor("", lambda loader, suffix, node: None)


_configs: dict[tuple, dict] = {}


def _config(root: Path) -> dict:
    """mkdocs.yml, read again only when it or the site address changes
    (the extension asks for every page)."""
    path = root / "mkdocs.yml"
    key = (path, path.stat().st_mtime_ns, os.environ.get("SITE_URL"))
    if key not in _configs:
        _configs.clear()
        _configs[key] = yaml.load(path.read_text(encoding="utf-8"), Loader=_ConfigLoader)
    return _configs[key]


def _folders(root: Path) -> tuple[Path, Path]:
    """The pages' folder and the data's folder, as mkdocs.yml names them."""
    config = _config(root)
    return root / config.get("docs_dir", "docs"), root / config["extra"]["data_dir"]


def _inputs(root: Path) -> list[Path]:
    """Every file the Site is made from."""
    docs, data = _folders(root)
    return [root / "mkdocs.yml", root / "CITATION.cff", *sorted(docs.rglob("*")), *sorted(data.rglob("*"))]


def build_site(root: Path) -> Site:
    """Check the pages and the data of the project at root, and load them."""
    config = _config(root)
    docs, data_dir = _folders(root)
    texts = {path.relative_to(docs).as_posix(): path.read_text(encoding="utf-8")
             for path in sorted(docs.rglob("*.md")) if "includes" not in path.relative_to(docs).parts}
    version = release_version((root / "CITATION.cff").read_text(encoding="utf-8"))
    return load_site(texts, docs / "includes", data_dir, name=config["site_name"], url=config["site_url"],
                     version=version, moved=load_registry(data_dir / "links.yml")[1])


_cache: dict[Path, tuple[tuple, Site]] = {}


def cached_site(root: Path) -> Site:
    """build_site(root), loaded again only when one of its files changes
    (a generator converts pages one by one, and serves while they change)."""
    root = root.resolve()
    stamp = tuple((str(path), path.stat().st_mtime_ns) for path in _inputs(root) if path.is_file())
    stamp += (os.environ.get("SITE_URL"),)
    if root not in _cache or _cache[root][0] != stamp:
        _cache[root] = (stamp, build_site(root))
    return _cache[root][1]
