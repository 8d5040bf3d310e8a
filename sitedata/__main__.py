"""The site's data without a site generator.

    python -m sitedata check          validate data/ and the pages in docs/
    python -m sitedata export DIR     write the downloads (JSON, CSV, GIFT) into DIR

`make build` runs `check` before MkDocs, so bad input stops the build with
the same `file:line: entry: what; fix` messages whichever generator runs
next; `export` gives the downloads to any generator, or to a course site.
"""

import argparse
import sys
from pathlib import Path

from . import ContentError
from .project import build_site

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sitedata", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="validate data/ and the pages in docs/")
    export = commands.add_parser("export", help="write the downloads into DIR")
    export.add_argument("dir", type=Path)
    args = parser.parse_args(argv)
    try:
        site = build_site(ROOT)
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
