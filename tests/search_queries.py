"""What real readers type into search, and the sections that answer them.

Each entry: the query, who asks it, and the acceptable first results as
site paths ("page/#section-id"). A result on this list must come first for
most queries and in the top three for all (see test_search.py). Written
before tuning search, from what each reader needs, not from what search
happened to return.
"""

# The short answer, or the list of approvals (its "Exosome products: none
# approved" entry answers the exosome query too).
APPROVED = ["patients/#is-it-approved", "patients/#approved-products", "stem-cells/#approved-products"]
WARNING_SIGNS = ["patients/#warning-signs", "stem-cells/#warning-signs"]
EXOSOME_REGULATION = ["patients/#is-it-approved", "patients/#approved-products", "exosomes/#what-regulators-say",
                      "exosomes/#regulation-and-safety", "exosomes/#known-uncertain-false"]

QUERIES = [
    # Patients and families
    ("is exosome therapy safe", "patient", EXOSOME_REGULATION + ["patients/#warning-signs"]),
    ("exosome approved", "patient", EXOSOME_REGULATION),
    ("is stem cell therapy approved", "patient", APPROVED),
    ("FDA approved stem cell products", "patient", APPROVED),
    ("red flags clinic", "patient", WARNING_SIGNS),
    ("stem cell clinic warning signs", "patient", WARNING_SIGNS),
    ("FDA registered", "patient", ["stem-cells/#registration-is-not-approval", "patients/#warning-signs",
                                   "patients/#real-trial"]),
    ("questions to ask a clinic", "patient", ["patients/#questions-to-ask"]),
    ("pay to take part in a study", "patient", ["patients/#real-trial", "stem-cells/#registration-is-not-approval"]),
    ("find a clinical trial", "patient", ["patients/#real-trial", "stem-cells/#what-is-a-trial"]),
    ("report a bad reaction", "patient", ["patients/#report-harm"]),
    ("MedWatch", "patient", ["patients/#report-harm"]),
    ("Yellow Card", "patient", ["patients/#report-harm"]),
    ("side effects of stem cell injections", "patient", ["stem-cells/#harms", "patients/#warning-signs"]),
    ("Ryoncil", "patient", APPROVED),
    ("cord blood", "patient", ["stem-cells/#cord-blood", "glossary/#cord-blood"]),
    ("PRP", "patient", ["stem-cells/#prp", "stem-cells/#what-clinics-sell", "glossary/#platelet-rich-plasma",
                        "cytokines/#msk-known", "cytokines/#musculoskeletal-repair"]),
    # Students
    ("MSC", "student", ["stem-cells/#mesenchymal-stromal-cells", "glossary/#mesenchymal-stromal-cell"]),
    ("EV", "student", ["exosomes/#what-are-evs", "glossary/#extracellular-vesicle"]),
    ("iPSC", "student", ["stem-cells/#ips-cells", "glossary/#induced-pluripotent-stem-cell"]),
    ("IL-6", "student", ["glossary/#interleukin-6", "cytokines/#interleukins", "cytokines/#range-of-action", "glossary/#interleukin"]),
    ("TNF", "student", ["cytokines/#tnf", "glossary/#tumour-necrosis-factor"]),
    ("CRS", "student", ["cytokines/#cytokine-storm", "glossary/#cytokine-release-syndrome"]),
    ("JAK-STAT", "student", ["cytokines/#jak-stat", "glossary/#jak-stat"]),
    ("homeostatis", "student", ["homeostasis/", "homeostasis/#what-is-homeostasis", "glossary/#homeostasis"]),
    ("negative feedback", "student", ["homeostasis/#feedback-loop", "glossary/#negative-feedback"]),
    ("positive feedback", "student", ["homeostasis/#positive-feedback", "glossary/#positive-feedback"]),
    ("blood glucose", "student", ["homeostasis/#blood-glucose"]),
    ("thermoregulation", "student", ["homeostasis/#body-temperature", "glossary/#thermoregulation"]),
    ("cytokine storm", "student", ["cytokines/#cytokine-storm", "glossary/#cytokine-release-syndrome"]),
    ("pluripotent", "student", ["stem-cells/#pluripotent", "glossary/#pluripotent"]),
    ("totipotent", "student", ["stem-cells/#totipotent", "glossary/#totipotent"]),
    ("how exosomes form", "student", ["exosomes/#kinds-and-biogenesis", "exosomes/#exosome-route"]),
    ("MISEV", "student", ["exosomes/#misev", "glossary/#misev"]),
    ("autocrine paracrine endocrine", "student", ["cytokines/#range-of-action"]),
    ("tocilizumab", "student", ["cytokines/#cytokine-storm", "cytokines/#cytokines-as-medicines"]),
    # Instructors
    ("cite this page", "instructor", ["instructors/#citing"]),
    ("download claims data", "instructor", ["instructors/#downloads"]),
    ("stable links", "instructor", ["instructors/#stable-addresses", "instructors/#linking"]),
    ("reuse licence", "instructor", ["about/#licence", "instructors/#reuse"]),
    ("report an error", "instructor", ["about/#report-an-error", "instructors/#corrections"]),
]
