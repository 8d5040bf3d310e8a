"""The generated part of /claims/: the verdict scale, who is speaking, the
side-by-side matrix, the filters and every claim, grouped by topic."""

import html

from .markdown import escape, page_link

SILENT = "Silent"


def _icon(name: str) -> str:
    """'material/check' -> ':material-check:', inline SVG via pymdownx.emoji."""
    return f":{name.replace('/', '-')}:" if name else ""


def verdict_badge(verdict: dict) -> str:
    return (f'<span class="verdict verdict--{verdict["id"]}">{_icon(verdict.get("icon", ""))} '
            f'{escape(verdict["label"])}</span>')


def claims_markdown(content, sections: dict[str, dict[str, str]], page_titles: dict[str, str]) -> str:
    parts = [
        _scale(content),
        _speakers(content),
        _matrix(content),
        _filters(content),
        _every_claim(content, sections, page_titles),
        _tactics(content),
    ]
    return "\n\n".join(parts)


def _scale(content) -> str:
    rows = "\n".join(f"| {verdict_badge(v)} | {escape(v['definition'])} |" for v in content.verdicts.values())
    return ("## The verdict scale {#verdict-scale}\n\n"
            "Every claim gets one label from this scale. The label is always written out and shown with "
            "its own icon, so it never depends on colour.\n\n"
            f"| Verdict | What it requires |\n| --- | --- |\n{rows}")


def _speakers(content) -> str:
    cards = []
    for source_id, source in content.sources.items():
        count = sum(claim["source"] == source_id for claim in content.claims.values())
        date = source.get("date", "not given in the text")
        cards.append(
            f"-   **{escape(source['title'])}**{{ #source-{source_id} }}\n\n"
            f"    ---\n\n"
            f"    **Author or publisher:** {escape(source['author'])}  \n"
            f"    **Date:** {date}  \n"
            f"    **Kind:** {escape(source['kind'])}  \n"
            f"    **Promotes:** {escape(source['promotes'])}  \n"
            f"    **Conflict of interest:** {escape(source['conflict_of_interest'])}  \n"
            f"    **Claims checked:** [{count}](#every-claim)\n"
        )
    return ("## Who is speaking {#who-is-speaking}\n\n"
            "Each post is quoted as it stands. What it sells or promotes is stated from the post's own text.\n\n"
            '<div class="grid cards" markdown>\n\n' + "\n".join(cards) + "\n</div>")


def _matrix(content) -> str:
    sources = list(content.sources.values())
    header = "".join(f'<th scope="col">{html.escape(s["title"])}</th>' for s in sources)
    rows = []
    for topic in content.topics.values():
        cells = []
        for source in sources:
            said = [c for c in content.claims.values() if c["source"] == source["id"] and c["topic"] == topic["id"]]
            body = "<br>".join(f'<a href="#{c["id"]}">{html.escape(c["claim"])}</a> '
                               f'({html.escape(content.verdicts[c["verdict"]]["label"])})' for c in said)
            # Each restated claim is indexed once, in its own entry below.
            cells.append(f'<td data-label="{html.escape(source["title"])}" data-search-exclude>{body or SILENT}</td>')
        comparison = " ".join(topic["comparison"].split())
        rows.append(
            f'<tr><th scope="row">{html.escape(topic["title"])}</th>{"".join(cells)}'
            f'<td data-label="Agree or contradict" markdown="span">{comparison} '
            f'[Claims on this topic](#topic-{topic["id"]})</td></tr>'
        )
    return ("## Side by side {#side-by-side}\n\n"
            "Rows are topics, columns are the posts. Each cell lists what that post claims on the topic, "
            "linked to the full entry with its verdict, or says that the post is silent. The last column "
            "says where the posts agree or contradict each other and what the evidence says.\n\n"
            '<div class="claims-matrix" markdown="1">\n<table>\n<caption>What each post claims, by topic'
            f'</caption>\n<thead><tr><th scope="col">Topic</th>{header}<th scope="col">Agree or contradict'
            f'</th></tr></thead>\n<tbody>\n{chr(10).join(rows)}\n</tbody>\n</table>\n</div>')


def _options(table: dict, label_field: str) -> str:
    return "".join(f'<option value="{key}">{html.escape(entry[label_field])}</option>'
                   for key, entry in table.items())


def _filters(content) -> str:
    # Hidden until the script runs: without JavaScript every claim shows.
    return (
        '<form class="claim-filters" id="claim-filters" hidden aria-label="Filter claims">\n'
        f'<label>Source <select name="source"><option value="">All sources</option>'
        f'{_options(content.sources, "title")}</select></label>\n'
        f'<label>Topic <select name="topic"><option value="">All topics</option>'
        f'{_options(content.topics, "title")}</select></label>\n'
        f'<label>Verdict <select name="verdict"><option value="">All verdicts</option>'
        f'{_options(content.verdicts, "label")}</select></label>\n'
        '<p class="claim-filters__status" role="status" aria-live="polite"></p>\n'
        "</form>"
    )


def _every_claim(content, sections: dict, page_titles: dict) -> str:
    out = ["## Every claim {#every-claim}\n\n"
           f"All {len(content.claims)} claims, grouped by topic. Each has its own address for linking: this "
           "page's address followed by `#` and the claim's id. The same data is available as "
           "[JSON](data/claims.json) and [CSV](data/claims.csv), with a [schema](data/claims.schema.json)."]
    for topic in content.topics.values():
        claims = [c for c in content.claims.values() if c["topic"] == topic["id"]]
        if not claims:
            continue
        out.append(f'<section class="claim-topic" data-topic="{topic["id"]}" markdown>\n\n'
                   f"### {escape(topic['title'])} {{#topic-{topic['id']}}}\n")
        out += [_claim(content, claim, sections, page_titles) for claim in claims]
        out.append("</section>")
    return "\n\n".join(out)


def _claim(content, claim: dict, sections: dict, page_titles: dict) -> str:
    source = content.sources[claim["source"]]
    verdict = content.verdicts[claim["verdict"]]
    page, _, anchor = claim["explained_in"].partition("#")
    learn = [f"[{escape(page_titles.get(page, page))}: {escape(sections.get(page, {}).get(anchor, anchor))}]"
             f"({page_link(page, anchor)})"]
    learn += [f"[{escape(content.glossary[t]['term'])}]({page_link('glossary', t)})" for t in claim.get("terms", [])]
    tactics = ", ".join(f"[{escape(content.tactics[t]['label'])}](#tactic-{t})" for t in claim.get("tactics", []))
    lines = [
        f'<article class="claim" data-source="{claim["source"]}" data-topic="{claim["topic"]}" '
        f'data-verdict="{claim["verdict"]}" markdown>\n',
        f"#### {escape(claim['claim'])} {{#{claim['id']}}}\n",
        f"> {escape(claim['quote'])}\n>\n> — [{escape(source['title'])}](#source-{source['id']})\n",
        f"**Verdict:** {verdict_badge(verdict)}\n",
        f"{claim['evidence'].strip()}\n",
    ]
    if tactics:
        lines.append(f"**Persuasion tactic:** {tactics}  ")
    lines.append(f"**Learn more:** {' · '.join(learn)}\n")
    lines.append("</article>")
    return "\n".join(lines)


def _tactics(content) -> str:
    items = "\n".join(f"{escape(t['label'])} {{#tactic-{t['id']}}}\n:   {escape(t['definition'])}\n"
                      for t in content.tactics.values())
    return ("## Persuasion tactics {#tactics}\n\n"
            "Claims are tagged with the tactic they use, where one is used. Spotting the tactic helps you "
            f"ask the right question about a new claim.\n\n{items}")
