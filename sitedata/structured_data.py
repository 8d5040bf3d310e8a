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
    # The site reviews every claim: describe it once and refer to it by @id.
    reviews = [{"@type": "Organization", "@id": f"{site_url}#publisher", "name": site_name, "url": site_url}]
    for claim in content.claims.values():
        source = content.sources[claim["source"]]
        appearance = {"@type": "CreativeWork", "name": source["title"], "author": source["author"]}
        if source.get("date"):
            appearance["datePublished"] = source["date"]
        reviews.append({
            "@type": "ClaimReview",
            "@id": f"{url}#{claim['id']}",
            "claimReviewed": claim["quote"],
            "author": {"@id": f"{site_url}#publisher"},
            "reviewRating": {"@type": "Rating",
                             "alternateName": content.verdicts[claim["verdict"]]["label"]},
            "itemReviewed": {
                "@type": "Claim",
                "author": {"@type": "Organization", "name": source["author"]},
                "appearance": appearance,
            },
        })
    return reviews


def to_script(graph: list[dict]) -> str:
    """JSON safe to place inside <script>: '</' can never close the tag."""
    text = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)
    return text.replace("</", "<\\/")
