"""The generated part of /claims/: who is speaking and what each post
scored, the filters, the side-by-side matrix, every claim grouped by topic
(each headed by its verdict, so no quote is ever read without it), the
verdict scale and the persuasion tactics."""

import html
import re

from .markdown import MARKDOWN, Finish, anchor_link, data_markdown, escape, icon, label, page_anchor_link

SILENT = "Silent"


def verdict_badge(verdict: dict, finish: Finish = MARKDOWN) -> str:
    """The verdict's label with its icon: Markdown, or finished HTML when
    the generator renders the icon."""
    badge = f'<span class="verdict verdict--{verdict["id"]}">{icon(verdict.get("icon", ""), finish)} '
    if finish.icon is None:
        return f'{badge}{escape(verdict["label"])}</span>'
    return finish.raw(f'{badge}{html.escape(verdict["label"], quote=False)}</span>')


def _inline_markdown(text: str) -> str:
    """Emphasis in a table cell, whose Markdown md_in_html leaves alone
    otherwise; citations stay `[@key]` for the citation step."""
    return re.sub(r"(?<![\w*])\*([^*\s][^*]*?)\*(?![\w*])", r"<em>\1</em>", " ".join(data_markdown(text).split()))


CLAIM_LINK = re.compile(r"\[([^\]]*)\]\(claims\.md#([a-z0-9-]+)\)")


def with_claim_verdicts(markdown: str, content) -> str:
    """A link from another page to a claim names the claim as restated here
    (when its text is left empty) and always carries its verdict, so no
    promotional claim is ever cited without it."""
    def link(match: re.Match) -> str:
        text, claim_id = match.groups()
        claim = content.claims.get(claim_id)
        if claim is None:
            return match.group(0)
        label = content.verdicts[claim["verdict"]]["label"]
        return f"[{text or escape(claim['claim'].rstrip('.'))}](claims.md#{claim_id}) (rated *{escape(label)}*)"
    return CLAIM_LINK.sub(link, markdown)


def claims_markdown(content, sections: dict[str, dict[str, str]], page_titles: dict[str, str],
                    finish: Finish = MARKDOWN) -> str:
    parts = [
        _speakers(content),
        _filters(content),
        _matrix(content, finish),
        _every_claim(content, sections, page_titles, finish),
        _scale(content, finish),
        _tactics(content),
    ]
    return "\n\n".join(parts)


def _scale(content, finish: Finish) -> str:
    rows = "\n".join(f"| {verdict_badge(v, finish)} | {escape(v['definition'])} |" for v in content.verdicts.values())
    return ("## The verdict scale {#verdict-scale}\n\n"
            "Every claim gets one label from this scale. The label is always written out and shown with "
            "its own icon, each a different shape, so it never depends on colour.\n\n"
            f"| Verdict | What it requires |\n| --- | --- |\n{rows}")


def _verdict_counts(content, source_id: str) -> str:
    counts = []
    for verdict in content.verdicts.values():
        count = sum(c["source"] == source_id and c["verdict"] == verdict["id"] for c in content.claims.values())
        if count:
            counts.append(f"{escape(verdict['label'])} {count}")
    return " · ".join(counts)


def _speakers(content) -> str:
    cards = []
    for source_id, source in content.sources.items():
        count = sum(claim["source"] == source_id for claim in content.claims.values())
        date = source.get("date", "not given in the text")
        cards.append(
            f"-   **{escape(source['short'])}**{{ #source-{source_id} }}\n\n"
            f"    ---\n\n"
            f"    **Full title:** “{escape(source['title'])}”  \n"
            f"    **Author or publisher:** {escape(source['author'])}  \n"
            f"    **Date:** {date}  \n"
            f"    **Kind:** {escape(source['kind'])}  \n"
            f"    **Promotes:** {escape(source['promotes'])}  \n"
            f"    **Conflict of interest:** {escape(source['conflict_of_interest'])}\n\n"
            f"    **{count} claims checked:** {_verdict_counts(content, source_id)}\n"
        )
    return ("## Who is speaking {#who-is-speaking}\n\n"
            "Each post is quoted as it stands. What it sells or promotes is stated from the post's own text, "
            "and the counts say how its claims fared on the [verdict scale](#verdict-scale).\n\n"
            '<div class="grid cards" markdown>\n\n' + "\n".join(cards) + "\n</div>")


def _matrix(content, finish: Finish) -> str:
    sources = list(content.sources.values())
    header = "".join(f'<th scope="col" data-source="{s["id"]}">{html.escape(s["short"])}</th>' for s in sources)
    rows = []
    for topic in content.topics.values():
        cells = []
        for source in sources:
            said = [c for c in content.claims.values() if c["source"] == source["id"] and c["topic"] == topic["id"]]
            # With the icons rendered, a cell's list is finished HTML, which
            # the parser takes whole however many claims it lists; otherwise
            # Markdown renders each item's icon shortcode.
            item_markdown, list_markdown = ("", "") if finish.icon else (' markdown="span"', ' markdown="1"')
            items = "\n".join(
                f'<li data-verdict="{c["verdict"]}"{item_markdown}>{verdict_badge(content.verdicts[c["verdict"]], finish)} '
                f'<a href="#{c["id"]}">{html.escape(c["claim"])}</a></li>' for c in said)
            cell_list = f'<ul class="matrix-claims"{list_markdown}>\n{items}\n</ul>'
            body = (finish.raw(cell_list) if finish.icon else cell_list) if said else SILENT
            # Each restated claim is indexed once, in its own entry below.
            cells.append(f'<td data-label="{html.escape(source["short"])}" data-source="{source["id"]}" '
                         f'data-search-exclude markdown="1">\n'
                         f"{body}\n</td>")
        rows.append(
            f'<tr data-topic="{topic["id"]}" markdown="1"><th scope="row">{html.escape(topic["title"])}</th>{"".join(cells)}'
            f'<td data-label="Agree or contradict" markdown="span">{_inline_markdown(topic["comparison"])} '
            f'<a href="#topic-{topic["id"]}">Claims on this topic</a></td></tr>'
        )
    return ("## Side by side {#side-by-side}\n\n"
            "Rows are topics, columns are the posts. Each cell lists what that post claims on the topic, "
            "with its verdict and a link to the full entry, or says that the post is silent. The last column "
            "says where the posts agree or contradict each other and what the evidence says.\n\n"
            '<div class="claims-matrix" markdown="1">\n<table aria-labelledby="side-by-side" markdown="1">\n'
            f'<thead><tr><th scope="col">Topic</th>{header}<th scope="col">Agree or '
            f'contradict</th></tr></thead>\n<tbody markdown="1">\n{chr(10).join(rows)}\n</tbody>\n</table>\n</div>')


def _options(table: dict, label_field: str) -> str:
    return "".join(f'<option value="{key}">{html.escape(entry[label_field])}</option>'
                   for key, entry in table.items())


def _filters(content) -> str:
    # Hidden until the script runs: without JavaScript every claim shows.
    # The choice is kept in the address (see claims-filter.js), so the
    # instructor guide tells how to share a filtered view.
    return (
        "## Filter the claims {#filter-claims}\n\n"
        '<form class="claim-filters" id="claim-filters" hidden aria-label="Filter claims">\n'
        f'<label>Post <select name="source"><option value="">All posts</option>'
        f'{_options(content.sources, "short")}</select></label>\n'
        f'<label>Topic <select name="topic"><option value="">All topics</option>'
        f'{_options(content.topics, "title")}</select></label>\n'
        f'<label>Verdict <select name="verdict"><option value="">All verdicts</option>'
        f'{_options(content.verdicts, "label")}</select></label>\n'
        '<button type="reset" class="text-button">Show all claims</button>\n'
        '<p class="claim-filters__status" role="status" aria-live="polite"></p>\n'
        "</form>\n\n"
        '<p class="claim-filters__none" id="no-claims-match" hidden>No claims match these filters. '
        "Choose another post, topic or verdict, or show all claims.</p>"
    )


def _every_claim(content, sections: dict, page_titles: dict, finish: Finish) -> str:
    out = ["## Every claim {#every-claim}\n\n"
           f"<span class=\"claims-shown\">All {len(content.claims)} claims</span>, grouped by topic. Each is headed by its verdict and our neutral "
           "restatement; the post's own words follow. Each has its own address for linking: this "
           "page's address followed by `#` and the claim's id. The same data is available as "
           "[JSON](data/claims.json) and [CSV](data/claims.csv), with a [schema](data/claims.schema.json)."]
    for topic in content.topics.values():
        claims = [c for c in content.claims.values() if c["topic"] == topic["id"]]
        if not claims:
            continue
        out.append(f'<section class="claim-topic" data-topic="{topic["id"]}" markdown>\n\n'
                   f"### {escape(topic['title'])} {{#topic-{topic['id']}}}\n")
        out += [_claim(content, claim, sections, page_titles, finish) for claim in claims]
        out.append("</section>")
    return "\n\n".join(out)


def _claim(content, claim: dict, sections: dict, page_titles: dict, finish: Finish) -> str:
    raw = finish.raw
    source = content.sources[claim["source"]]
    verdict = content.verdicts[claim["verdict"]]
    page, _, anchor = claim["explained_in"].partition("#")
    learn = [page_anchor_link(page, anchor, f"{page_titles.get(page, page)}: {sections.get(page, {}).get(anchor, anchor)}",
                              finish)]
    learn += [page_anchor_link("glossary", t, content.glossary[t]["term"], finish) for t in claim.get("terms", [])]
    tactics = ", ".join(anchor_link(f"tactic-{t}", content.tactics[t]["label"]) for t in claim.get("tactics", []))
    lines = [
        f'<article class="claim" data-source="{claim["source"]}" '
        f'data-verdict="{claim["verdict"]}" markdown>\n',
        f"#### {verdict_badge(verdict, finish)}: {escape(claim['claim'])} {{#{claim['id']}}}\n",
        # The post's words, shown as typed: finished HTML, with no Markdown in it.
        raw(f"<blockquote>\n<p>{html.escape(claim['quote'], quote=False)}</p>\n"
            f"<p>— {anchor_link('source-' + source['id'], source['short'])}</p>\n</blockquote>") + "\n",
        f"{data_markdown(claim['evidence'])}\n",
    ]
    if tactics:
        lines.append(raw(f"{label('Persuasion tactic:')} {tactics}") + "  ")
    lines.append(f"{label('Learn more:', raw)} {' · '.join(learn)}\n")
    lines.append("</article>")
    return "\n".join(lines)


def _tactics(content) -> str:
    items = "\n".join(f"{escape(t['label'])} {{#tactic-{t['id']}}}\n:   {escape(t['definition'])}\n"
                      for t in content.tactics.values())
    return ("## Persuasion tactics {#tactics}\n\n"
            "Claims are tagged with the tactic they use, where one is used. Spotting the tactic helps you "
            f"ask the right question about a new claim.\n\n{items}")
