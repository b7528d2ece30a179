"""The engine's own HTML templates (macros/templates/): Python gives the data, templates give the HTML."""

from __future__ import annotations

from jinja2 import Environment, FileSystemLoader, Template, select_autoescape

from .. import settings


def template(name: str) -> Template:
    """A template of settings.TEMPLATES, escaping every value by default.

    Its output goes into a page's Markdown as a raw HTML block: templates write no blank line,
    which would end the block.
    """
    environment = Environment(loader=FileSystemLoader(settings.TEMPLATES), autoescape=select_autoescape(default=True),
                              trim_blocks=True, lstrip_blocks=True)
    return environment.get_template(name)
