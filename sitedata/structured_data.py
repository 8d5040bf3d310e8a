"""schema.org JSON-LD for the page head: what search engines and citation
tools read about each page."""

import json


def medical_web_page(meta: dict, url: str, site_name: str, site_url: str) -> dict:
    return {
        "@type": "MedicalWebPage",
        "@id": url,
        "url": url,
        "name": meta["title"],
        "description": meta["description"],
        "lastReviewed": str(meta["last_reviewed"]),
        "license": "https://creativecommons.org/licenses/by/4.0/",
        "inLanguage": "en",
        "isPartOf": {"@type": "WebSite", "name": site_name, "url": site_url},
    }


def defined_term_set(glossary: dict[str, dict], url: str, site_name: str) -> dict:
    return {
        "@type": "DefinedTermSet",
        "@id": f"{url}#terms",
        "name": f"{site_name} glossary",
        "hasDefinedTerm": [
            # Membership follows from hasDefinedTerm, so inDefinedTermSet is left out.
            {
                "@type": "DefinedTerm",
                "@id": f"{url}#{term['id']}",
                "name": term["term"],
                **({"alternateName": term["aliases"]} if term.get("aliases") else {}),
                "description": term["short"],
            }
            for term in glossary.values()
        ],
    }


def claim_reviews(content, url: str, site_name: str, site_url: str) -> list[dict]:
    # The site reviews every claim, and each post makes many: describe each
    # once and refer to it by @id.
    graph = [{"@type": "Organization", "@id": f"{site_url}#publisher", "name": site_name, "url": site_url}]
    for source_id, source in content.sources.items():
        graph.append({
            "@type": "CreativeWork",
            "@id": f"{url}#source-{source_id}",
            "name": source["title"],
            "author": {"@type": "Organization", "name": source["author"]},
            **({"datePublished": source["date"]} if source.get("date") else {}),
        })
    for claim in content.claims.values():
        graph.append({
            "@type": "ClaimReview",
            "@id": f"{url}#{claim['id']}",
            "claimReviewed": claim["quote"],
            "author": {"@id": f"{site_url}#publisher"},
            "reviewRating": {"@type": "Rating",
                             "alternateName": content.verdicts[claim["verdict"]]["label"]},
            "itemReviewed": {"@type": "Claim", "appearance": {"@id": f"{url}#source-{claim['source']}"}},
        })
    return graph


def to_script(graph: list[dict]) -> str:
    """JSON safe to place inside <script>."""
    return script_json({"@context": "https://schema.org", "@graph": graph})


def script_json(value) -> str:
    """JSON for inside a <script> element: '<', '>' and '&' written as
    \\u escapes, so no string can close the element or open a comment
    ('<!--' in a JSON-LD string would blank the page)."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
