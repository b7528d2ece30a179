"""The render layer: Markdown and HTML out, from the model and the plan's answers.

Pure functions: values in, text out. Every value that comes from data is escaped for where it
lands (`escape`); numbers, money and dates are written the Indonesian way in one place (`format`);
the engine's own HTML comes from the templates in `templates/` (`template`).

May import: `macros.plan`, `macros.data`, `macros.errors`, `macros.settings`.
"""
