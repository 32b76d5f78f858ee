"""Whole JSON documents of comments: yt-dlp info.json, Reddit threads, Hacker News items.

A document cannot be cut into records before it is parsed, so it is read
whole.  Its shape decides how it is walked, whatever the sniffed name said:

- an object with a ``comments`` list (yt-dlp ``--write-comments``): a flat
  list whose ``parent`` is ``"root"`` or the id replied to;
- an array of Reddit ``Listing`` objects (a thread's ``.json``): the post,
  then comments with nested ``replies`` listings and ``more`` stubs for
  comments the page did not load;
- an object with ``children`` (a Hacker News Algolia item): nested comments
  whose text is HTML; or with ``hits`` (an Algolia search);
- any other array of objects: one comment per object.

Block lines: when the document spans several lines (pretty-printed), each
comment's line is the line of its opening ``{``, found by a position-aware
parse.  A document on one line (as yt-dlp, Reddit and Algolia write them) is
parsed by the fast parser and every comment is on line 1; errors then name
the record (``record 7``) instead.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from json import decoder as json_decoder
from json import scanner as json_scanner
from typing import Any

from ..types import Block, NumberedLine, ReadReport
from .htmltext import html_to_text
from .records import RecordError, keep_block, parse_int, record_block, skip_or_raise

_DELETED = frozenset({"[deleted]", "[removed]"})
_LAYOUT_HINTS = (
    ("reddit json", re.compile(r'"kind"\s*:\s*"Listing"')),
    ("hn algolia json", re.compile(r'"created_at_i"\s*:')),
    ("yt-dlp info.json", re.compile(r'"(extractor|_type|webpage_url)"\s*:')),
)


def document_layout(sample: list[str]) -> str:
    """A name for the kind of JSON document the sample starts, for the user's information."""
    head = "\n".join(sample)
    return next((name for name, hint in _LAYOUT_HINTS if hint.search(head)), "json")


class _LinedDict(dict[str, Any]):
    """A parsed JSON object that knows the line (1-based, in the document) of its ``{``."""

    line = 1


def parse_document(text: str) -> Any:
    """Parse a JSON document; objects of a multi-line document remember their line."""
    if "\n" not in text:
        return json.loads(text, parse_int=parse_int)
    line_starts = [0] + [match.end() for match in re.finditer("\n", text)]
    decoder = json.JSONDecoder(parse_int=parse_int)
    # The C scanner cannot call back into Python per object, so the pure
    # Python one is used, with an object parser that notes where each began.
    parse_object: Callable[..., tuple[dict[str, Any], int]] = json_decoder.JSONObject  # type: ignore[attr-defined]

    def lined_object(s_and_end: tuple[str, int], *args: Any) -> tuple[dict[str, Any], int]:
        pairs, end = parse_object(s_and_end, *args)
        lined = _LinedDict(pairs)
        lined.line = bisect.bisect_right(line_starts, s_and_end[1] - 1)
        return lined, end

    decoder.parse_object = lined_object  # type: ignore[attr-defined]
    decoder.scan_once = json_scanner.py_make_scanner(decoder)  # type: ignore[attr-defined]
    try:
        return decoder.decode(text)
    except RecursionError:  # the Python scanner recurses per level; the C one copes with deeper nesting
        return json.loads(text, parse_int=parse_int)


@dataclass
class _Walk:
    """What walking one document needs: options, the report, and a running record number."""

    report: ReadReport
    text_field: str | None
    skip_bad: bool
    first_line: int
    records: int = 0

    def block(
        self, record: Any, source: Any = None, text: Callable[[str], str] | None = None, field: str | None = None
    ) -> Block | None:
        """The block for ``record``: ``source`` is the parsed object it came from (for its line),
        ``text`` turns the raw text into plain text, ``field`` is the format's comment field."""
        self.records += 1
        origin = record if source is None else source
        lined = isinstance(origin, _LinedDict)
        line = self.first_line + (origin.line - 1 if lined else 0)
        try:
            where = str(line) if lined else f"record {self.records}"
            block = record_block(record, line, self.text_field or field, where)
        except RecordError as error:
            skip_or_raise(error, self.skip_bad, self.report)
            return None
        if text is not None:
            block = block._replace(text=text(block.text).strip())
        return block if keep_block(block, self.report) else None


def split_document(
    lines: Iterator[NumberedLine], report: ReadReport, *, text_field: str | None, skip_bad: bool
) -> Iterator[Block]:
    """The comments of one JSON document, in thread order (replies after what they answer)."""
    numbered = list(lines)
    first_line = numbered[0][0] if numbered else 1
    try:
        document = parse_document("\n".join(text for _, text in numbered))
    except json.JSONDecodeError as error:
        line = first_line + error.lineno - 1
        raise RecordError(f"{line}: malformed JSON ({error.msg} at column {error.colno})") from None
    except RecursionError:
        raise RecordError(f"{first_line}: JSON document nested too deeply to read") from None
    walk = _Walk(report, text_field, skip_bad, first_line)
    for block in _walker(document)(walk, document):
        if block is not None:
            yield block


Walker = Callable[[_Walk, Any], Iterator[Block | None]]


def _walker(document: Any) -> Walker:
    """How to walk ``document``, chosen by its shape."""
    if isinstance(document, list):
        if document and all(isinstance(item, dict) and item.get("kind") == "Listing" for item in document):
            return _walk_reddit
        return _walk_records
    if isinstance(document, dict):
        if document.get("kind") == "Listing":
            return _walk_reddit
        if isinstance(document.get("comments"), list):
            return _walk_ytdlp
        if isinstance(document.get("children"), list):
            return _walk_hn_item
        if isinstance(document.get("hits"), list):
            return _walk_hn_hits
        if "extractor" in document:
            raise RecordError("1: this info.json holds no comments; write it with yt-dlp --write-comments")
    raise RecordError(
        "1: no comments found in this JSON document (expected an array of objects, "
        "a yt-dlp info.json, a Reddit thread or a Hacker News item)"
    )


def _walk_records(walk: _Walk, document: list[Any]) -> Iterator[Block | None]:
    for record in document:
        yield walk.block(record)


def _walk_ytdlp(walk: _Walk, document: dict[str, Any]) -> Iterator[Block | None]:
    for record in document["comments"]:
        block = walk.block(record)
        # yt-dlp writes "root" as the parent of a top-level comment: not an id.
        yield block._replace(parent=None) if block is not None and block.parent == "root" else block


def _walk_reddit(walk: _Walk, document: Any) -> Iterator[Block | None]:
    for listing in document if isinstance(document, list) else [document]:
        yield from _reddit_listing(walk, listing)


def _reddit_listing(walk: _Walk, listing: Any) -> Iterator[Block | None]:
    data = listing.get("data") if isinstance(listing, dict) else None
    children = data.get("children") if isinstance(data, dict) else None
    for thing in children if isinstance(children, list) else []:
        kind = thing.get("kind") if isinstance(thing, dict) else None
        data = thing.get("data") if isinstance(thing, dict) else None
        if kind == "more" and isinstance(data, dict):
            walk.report.drop("not-loaded comments", _not_loaded(data))
        elif kind == "t1":
            yield _reddit_comment(walk, data)
            replies = data.get("replies") if isinstance(data, dict) else None
            yield from _reddit_listing(walk, replies)
        # Anything else (the post itself, kind t3) is not a comment.


def _not_loaded(more: dict[str, Any]) -> int:
    """Comments a ``more`` stub stands for; a "continue this thread" stub says 0 but hides at least one."""
    count = more.get("count")
    children = more.get("children")
    listed = len(children) if isinstance(children, list) else 0
    return max(count if isinstance(count, int) else 0, listed, 1)


def _reddit_comment(walk: _Walk, data: Any) -> Block | None:
    if not isinstance(data, dict):
        return walk.block(data)
    if data.get("body") in _DELETED:
        walk.records += 1
        walk.report.drop("deleted comments")
        return None
    record = dict(data)
    # Replies name their parent by fullname (t1_abc), so the comment's id must be one too.
    fullname = data.get("name") or (f"t1_{data['id']}" if data.get("id") else None)
    record["id"] = fullname
    if data.get("author") in _DELETED:
        record["author"] = None
    return walk.block(record, data, reddit_unescape)


def reddit_unescape(text: str) -> str:
    """Undo the only escaping Reddit's JSON applies to ``body``: ``&amp; &lt; &gt;``."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _walk_hn_item(walk: _Walk, item: dict[str, Any]) -> Iterator[Block | None]:
    # Walked with a stack rather than recursion: threads can nest deeply.
    stack: list[Any] = [item]
    while stack:
        node = stack.pop()
        if not isinstance(node, dict):
            yield walk.block(node)
            continue
        if node.get("type", "comment") == "comment":  # the story at the root is not a comment
            yield _hn_comment(walk, node)
        children = node.get("children")
        if isinstance(children, list):
            stack.extend(reversed(children))


def _hn_comment(walk: _Walk, node: dict[str, Any]) -> Block | None:
    if node.get("text") is None and node.get("author") is None:
        walk.records += 1
        walk.report.drop("deleted comments")
        return None
    return walk.block(node, text=html_to_text)


def _walk_hn_hits(walk: _Walk, document: dict[str, Any]) -> Iterator[Block | None]:
    for hit in document["hits"]:
        yield walk.block(hit, text=html_to_text, field="comment_text")
