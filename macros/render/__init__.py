"""The render layer: Markdown and HTML out, from the model and the plan's answers.

Pure functions: values in, text out, one module per thing a page shows (`programs`, `budget`,
`agencies`, `glossary`, `dictionary`, `changes`, `report`, `staleness`, `registers`, `timeline`,
`citation`, `standing`, `chapters`). What they share is written once: escaping for where a value
lands (`escape`), numbers, money and dates the Indonesian way (`format`), the mark of an illustrative
figure (`illustrative`), CSS class names (`classes`), Markdown tables (`markdown`), and the engine's
own HTML templates in `templates/` (`template`).

May import: `macros.plan`, `macros.data`, `macros.errors`, `macros.settings`.
"""
