"""ISDOC checks against the official files in ``../shared/standards/isdoc/``: the XML Schema
(with xmlschema) and the Schematron asserts of ``rules-6.0.2.xml`` (XPath 2 with elementpath,
which xmlschema brings).  The files are part of the test setup: a missing one fails."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

import elementpath
import xmlschema

ROOT = Path(__file__).resolve().parents[2]
STANDARD = ROOT.parent / "shared" / "standards" / "isdoc"
NS = {"isdoc": "http://isdoc.cz/namespace/2013"}
SCH = "{http://purl.oclc.org/dsdl/schematron}"

# Two asserts in rules-6.0.2.xml are not valid XPath as published (a "satisfied" for
# "satisfies" in invoice-rule-5, a stray ")" in invoice-rule-6); read as obviously meant.
CORRECTIONS = {
    " satisfied $va": " satisfies $va",
    "isdoc:StoreBatch/isdoc:Quantity) satisfies": "isdoc:StoreBatch/isdoc:Quantity satisfies",
}


@functools.cache
def schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(STANDARD / "isdoc-invoice-6.0.2.xsd"))


@dataclass(frozen=True)
class Assertion:
    rule: str  # the section's xml:id, e.g. invoice-rule-2
    context: str
    test: str


@functools.cache
def assertions() -> tuple[Assertion, ...]:
    tree = ElementTree.parse(STANDARD / "rules-6.0.2.xml")
    found = []
    for section in tree.iter("{http://docbook.org/ns/docbook}section"):
        rule_id = section.get("{http://www.w3.org/XML/1998/namespace}id", "")
        for info in section.findall("{http://docbook.org/ns/docbook}info"):
            for rule in info.iter(f"{SCH}rule"):
                for check in rule.iter(f"{SCH}assert"):
                    test = " ".join(check.get("test", "").split())
                    for wrong, right in CORRECTIONS.items():
                        test = test.replace(wrong, right)
                    found.append(Assertion(rule_id, rule.get("context", ""), test))
    return tuple(found)


def validate(data: bytes) -> None:
    """Raises xmlschema's error naming the element when ``data`` breaks the schema."""
    schema().validate(data.decode("utf-8"))


def rule_failures(data: bytes) -> list[str]:
    """Every Schematron assert of rules-6.0.2.xml that fails on ``data``.

    A rule's context is an XSLT match pattern; ``//`` before it finds the same nodes."""
    root = ElementTree.fromstring(data)
    document = ElementTree.ElementTree(root)
    failures = []
    for a in assertions():
        nodes = elementpath.select(
            document, "//" + a.context, namespaces=NS, parser=elementpath.XPath2Parser
        )
        for node in nodes:
            ok = elementpath.select(
                document, a.test, namespaces=NS, item=node, parser=elementpath.XPath2Parser
            )
            if not ok:
                failures.append(f"{a.rule}: {a.context} → {a.test}")
    return failures
