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
            {
                "@type": "DefinedTerm",
                "@id": f"{url}#{term['id']}",
                "name": term["term"],
                "alternateName": term.get("aliases", []),
                "description": term["short"],
                "inDefinedTermSet": f"{url}#terms",
            }
            for term in glossary.values()
        ],
    }


def claim_reviews(content, url: str, site_name: str, site_url: str) -> list[dict]:
    reviews = []
    for claim in content.claims.values():
        source = content.sources[claim["source"]]
        appearance = {"@type": "CreativeWork", "name": source["title"], "author": source["author"]}
        if source.get("date"):
            appearance["datePublished"] = source["date"]
        reviews.append({
            "@type": "ClaimReview",
            "@id": f"{url}#{claim['id']}",
            "url": f"{url}#{claim['id']}",
            "claimReviewed": claim["quote"],
            "author": {"@type": "Organization", "name": site_name, "url": site_url},
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
