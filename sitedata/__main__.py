"""The site's data without a site generator.

    python -m sitedata check          validate data/ and the pages in docs/
    python -m sitedata export DIR     write the downloads (JSON, CSV, GIFT) into DIR

`make build` runs `check` before MkDocs, so bad input stops the build with
the same `file:line: entry: what; fix` messages whichever generator runs
next; `export` gives the downloads to any generator, or to a course site.
"""

import argparse
import os
import sys
from pathlib import Path

import yaml

from . import ContentError
from .citing import release_version
from .links import load_registry
from .site import Site, load_site

ROOT = Path(__file__).resolve().parent.parent


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml for the few settings used here: `!ENV [NAME,
    default]` gives the environment's value; other tags (Python names for
    extensions) are not needed and read as nothing."""


_ConfigLoader.add_constructor("!ENV", lambda loader, node: os.environ.get(
    *(loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode) else [loader.construct_scalar(node)])))
_ConfigLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def build_site(root: Path = ROOT) -> Site:
    config = yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_ConfigLoader)
    docs = root / config.get("docs_dir", "docs")
    texts = {path.relative_to(docs).as_posix(): path.read_text(encoding="utf-8")
             for path in sorted(docs.rglob("*.md")) if "includes" not in path.relative_to(docs).parts}
    data_dir = root / config["extra"]["data_dir"]
    version = release_version((root / "CITATION.cff").read_text(encoding="utf-8"))
    return load_site(texts, docs / "includes", data_dir, name=config["site_name"], url=config["site_url"],
                     version=version, moved=load_registry(data_dir / "links.yml")[1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sitedata", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="validate data/ and the pages in docs/")
    export = commands.add_parser("export", help="write the downloads into DIR")
    export.add_argument("dir", type=Path)
    args = parser.parse_args(argv)
    try:
        site = build_site()
    except ContentError as error:
        print(error, file=sys.stderr)
        return 1
    if args.command == "check":
        print(f"check: {len(site.pages)} pages and their data are valid")
        return 0
    for path, text in site.downloads().items():
        target = args.dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    print(f"export: {len(site.downloads())} files written to {args.dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
