"""The data layer: the project's files read, checked and typed, once per build.

Reads files safely (`files`), parses YAML with the line of every value (`parse`), checks it against
the JSON Schemas (`schema`, `vocabulary`) and the rules across files (`validate`), and builds the
typed, read-only model (`model`); `read.read_masterplan` does all of it. Pages' front matter
(`frontmatter`) is read and checked the same way. What git knows about the files (`git`: when each
page last changed, the release tags, the programme data at a tag), and what a version number is and
how versions sort (`versions`).

May import: the standard library, third-party libraries, and `macros.errors` and `macros.settings`.
Nothing here knows MkDocs, Markdown or HTML.
"""
