"""The CSS classes the engine writes into pages, named once.

docs/assets/masterplan.css styles them, tests find elements by them, and the search hook
(overrides/hooks/search.py) leaves some of them out of the index.
"""

ILLUSTRATIVE = "mp-ilustrasi"  # a figure that is the drafters' estimate (see `illustrative`)
NOTICE = "mp-notice-ilustrasi"  # the notice on a page that shows such figures
OVERDUE = "mp-perlu-pembaruan"  # why a programme's data needs an update
DATA_SOURCE = "mp-sumber-data"  # the links under a table to edit the data it comes from
CHAPTER_META = "mp-bab-meta"  # a chapter's version line
COPY_BUTTON = "mp-salin"  # the copy buttons (docs/assets/salin-tautan.js)
TIMELINE = "mp-linimasa"  # the roadmap's timeline

#: Page parts search must not match: permalink signs, edit links, copy buttons, citation box, version line.
NOT_INDEXED = ", ".join((".headerlink", f".{DATA_SOURCE}", f".{COPY_BUTTON}", "details.quote", f".{CHAPTER_META}"))
