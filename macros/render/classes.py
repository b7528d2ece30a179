"""The CSS classes the engine writes into pages, named once, and the one way a value becomes part of one.

docs/assets/masterplan.css styles them, tests find elements by them, and the search hook
(overrides/hooks/search.py) leaves some of them out of the index.
"""

import re

PROGRAM = "mp-program"  # a programme's detail block heading: its id is the programme's permalink
PROGRAM_BODY = "mp-program-isi"  # all of a programme's block under its heading (drawn when near the screen)
MERGED_PROGRAM = "mp-program-digabung"  # a merged programme's note heading, under its old permalink
ILLUSTRATIVE = "mp-ilustrasi"  # a figure that is the drafters' estimate (see `illustrative`)
NOTICE = "mp-notice-ilustrasi"  # the notice on a page that shows such figures
OVERDUE = "mp-perlu-pembaruan"  # why a programme's data needs an update
DATA_SOURCE = "mp-sumber-data"  # the links under a table to edit the data it comes from
CHAPTER_META = "mp-bab-meta"  # a chapter's version line
COPY_BUTTONS = "mp-salin-tombol"  # the line of copy buttons under a programme's heading
COPY_BUTTON = "mp-salin"  # each copy button (docs/assets/salin-tautan.js makes them copy)
PROGRAM_CITATION = "mp-kutip-program"  # a programme's citation box, under its heading
PROGRAM_CITATION_TEXT = "mp-kutipan"  # the citation and the link in that box, as the copy button reads them
TIMELINE = "mp-linimasa"  # the roadmap's timeline
TABLE = "mp-tabel"  # a table wrapped at build time (site/tables.py), so the theme's script leaves it alone

#: Page parts search must not match: permalink signs, edit links, copy buttons, citation box, version line.
NOT_INDEXED = ", ".join((".headerlink", f".{DATA_SOURCE}", f".{COPY_BUTTONS}", "details.quote", f".{CHAPTER_META}"))


def modifier(block: str, value: str) -> str:
    """A class for `value` of `block` (BEM: mp-tahapan--quick-win). The value comes from data or a schema,
    so every character a class name cannot safely hold becomes a hyphen: it can never end the attribute.

    >>> modifier("mp-status", 'x" onclick="alert(1)')
    'mp-status--x--onclick--alert-1-'
    """
    return f"{block}--{re.sub(r'[^a-z0-9-]', '-', str(value).lower())}"
