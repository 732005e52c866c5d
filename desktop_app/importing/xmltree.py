"""Defused XML parsing that keeps each element's line number (for 'refused on line N')."""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from ..domain.errors import InvalidInput


@dataclass
class Node:
    """A parsed element: local name (namespace dropped), attributes, text, line, children."""

    tag: str
    attrib: dict[str, str]
    line: int
    text: str = ""
    children: list[Node] = field(default_factory=list)

    def find(self, tag: str) -> Node | None:
        for child in self.children:
            if child.tag == tag:
                return child
        return None

    def findall(self, tag: str) -> list[Node]:
        return [c for c in self.children if c.tag == tag]

    def value(self, *tags: str) -> str:
        """The trimmed text of the first child with one of these names ('' when absent)."""
        for tag in tags:
            child = self.find(tag)
            if child is not None:
                return " ".join(child.text.split())
        return ""


class _Builder:
    """Parser target: builds Nodes; the parser tells us the current line. Only leaf elements
    keep their text (the whitespace between elements is dropped as it comes)."""

    def __init__(self) -> None:
        self.parser: DefusedXMLParser | None = None
        self.stack: list[Node] = []
        self.root: Node | None = None
        self._text: list[str] = []

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        assert self.parser is not None
        line = self.parser.parser.CurrentLineNumber
        node = Node(tag.rpartition("}")[2], {k.rpartition("}")[2]: v for k, v in attrib.items()},
                    line)
        self._text = []
        if self.stack:
            self.stack[-1].children.append(node)
        else:
            self.root = node
        self.stack.append(node)

    def data(self, text: str) -> None:
        self._text.append(text)

    def end(self, tag: str) -> None:
        node = self.stack.pop()
        if not node.children:
            node.text = "".join(self._text)
        self._text = []

    def close(self) -> Node | None:
        return self.root


def parse_xml(data: bytes, name: str) -> Node:
    """The document's root; refused with a sentence when it is not well-formed XML or uses a
    DTD or entities (entity expansion, 'billion laughs', external files)."""
    builder = _Builder()
    parser = DefusedXMLParser(target=builder, forbid_dtd=True, forbid_entities=True,
                              forbid_external=True)
    builder.parser = parser
    try:
        parser.feed(data)
        root = parser.close()
    except DefusedXmlException:
        raise InvalidInput(
            f"'{name}' bevat een DTD of entiteiten; zulke XML wordt om veiligheidsredenen niet "
            "gelezen. Een EDEXML-export uit ParnasSys of Esis heeft die niet.",
            f"'{name}' contains a DTD or entities; such XML is not read, for safety. An EDEXML "
            "export from ParnasSys or Esis has none.") from None
    except ParseError as error:
        line = error.position[0] if getattr(error, "position", None) else 0
        raise InvalidInput(
            f"'{name}' is geen geldig XML-bestand (fout op regel {line}). Kies het "
            "EDEXML-bestand dat de leerlingadministratie heeft gemaakt.",
            f"'{name}' is not a valid XML file (error on line {line}). Choose the EDEXML file "
            "the pupil administration made.") from None
    if root is None:
        raise InvalidInput(f"'{name}' bevat geen XML.", f"'{name}' contains no XML.")
    return root
