"""The plan layer: questions asked of the masterplan once it is read.

Which programmes match a filter (`select`), what each programme's progress adds up to
(`progress`), which programmes need an update (`staleness`), a programme as its data record
(`record`), what changed between releases (`changes`), where a programme's permanent address is
(`permalinks`, and links between pages). Pure functions of the model and the build's
date; they return values, not text for a page.

May import: `macros.data`, `macros.errors`, `macros.settings`.
"""
