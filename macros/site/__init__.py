"""The site layer: one build of the site.

What a build reads once at its start (`build`), the page language that pages are written in
(`language`: what may stand between `{{ }}`), the macros pages call (`macros`), and the furniture
every page gets (`furniture`). The MkDocs adapter (`macros/__init__.py`) drives it.

May import: `macros.render`, `macros.plan`, `macros.data`, `macros.errors`, `macros.settings`.
"""
