"""Defused XML parsing that keeps each element's line number (for 'refused on line N')."""

from __future__ import annotations

from typing import Any
from xml.parsers.expat import ExpatError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from ..domain.errors import InvalidInput


class Node:
    """An element with attributes or child elements: its local name (namespace dropped), line,
    the texts of its plain leaf children by name, and its other children in order."""

    __slots__ = ("tag", "attrib", "line", "values", "children")

    def __init__(self, tag: str, attrib: dict[str, str], line: int, values: dict[str, str],
                 children: list[Node]) -> None:
        self.tag = tag
        self.attrib = attrib
        self.line = line
        self.values = values
        self.children = children

    def find(self, tag: str) -> Node | None:
        for child in self.children:
            if child.tag == tag:
                return child
        return None

    def findall(self, tag: str) -> list[Node]:
        return [c for c in self.children if c.tag == tag]

    def value(self, *tags: str) -> str:
        """The trimmed text of the first leaf child with one of these names ('' if absent)."""
        for tag in tags:
            text = self.values.get(tag)
            if text:
                return " ".join(text.split())
        return ""


def _local(name: str) -> str:
    return name.rpartition("}")[2] if "}" in name else name


def parse_xml(data: bytes, name: str) -> Node:
    """The document's root; refused with a sentence when it is not well-formed XML or uses a
    DTD or entities (entity expansion, 'billion laughs', external files).

    defusedxml's parser installs the guards on its expat parser; we then hand expat our own
    small handlers. A leaf element without attributes becomes a value of its parent instead
    of an object: an export of 20,000 people has ten times as many leaves as records.
    """
    guarded = DefusedXMLParser(forbid_dtd=True, forbid_entities=True, forbid_external=True)
    expat = guarded.parser
    expat.DefaultHandlerExpand = None
    # A frame: [tag, attributes, line, child nodes or None, leaf values or None, has elements]
    frames: list[list[Any]] = []
    roots: list[Node] = []
    text: list[str] = []

    def start(tag: str, attributes: list[str]) -> None:
        if frames:
            frames[-1][5] = True
        frames.append([tag, attributes, expat.CurrentLineNumber, None, None, False])
        text.clear()

    def end(tag: str) -> None:
        _, attributes, line, children, values, has_elements = frames.pop()
        parent = frames[-1] if frames else None
        if parent is not None and not has_elements and not attributes:
            if parent[4] is None:
                parent[4] = {}
            parent[4].setdefault(_local(tag), "".join(text))
        else:
            attrib: dict[str, str] = {}
            for i in range(0, len(attributes), 2):
                attrib[_local(attributes[i])] = attributes[i + 1]
            node = Node(_local(tag), attrib, line, values or {}, children or [])
            if parent is None:
                roots.append(node)
            elif parent[3] is None:
                parent[3] = [node]
            else:
                parent[3].append(node)
        text.clear()

    expat.StartElementHandler = start
    expat.EndElementHandler = end
    expat.CharacterDataHandler = text.append
    try:
        expat.Parse(data, True)
    except DefusedXmlException:
        raise InvalidInput(
            f"'{name}' bevat een DTD of entiteiten; zulke XML wordt om veiligheidsredenen niet "
            "gelezen. Een EDEXML-export uit ParnasSys of Esis heeft die niet.",
            f"'{name}' contains a DTD or entities; such XML is not read, for safety. An EDEXML "
            "export from ParnasSys or Esis has none.") from None
    except ExpatError as error:
        line = error.lineno
        raise InvalidInput(
            f"'{name}' is geen geldig XML-bestand (fout op regel {line}). Kies het "
            "EDEXML-bestand dat de leerlingadministratie heeft gemaakt.",
            f"'{name}' is not a valid XML file (error on line {line}). Choose the EDEXML file "
            "the pupil administration made.") from None
    if not roots:
        raise InvalidInput(f"'{name}' bevat geen XML.", f"'{name}' contains no XML.")
    return roots[0]
