"""The publish layer: what leaves a build, and the commands around it.

The open data (`opendata`; its tables, each declared once as columns, in `tables`), the programmes'
permalinks as the built site has them (`detail_links`), the registry of published links checked at
every build (`link_registry`), the PDF (`pdf`, printed from a folder served on loopback by
`server`), releases with mike (`release`), and `make check` (`check`).

May import: every other layer, `macros.errors`, `macros.settings`.
"""
