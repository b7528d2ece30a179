"""The monitoring layer: the loop with the agencies that keeps the plan's data alive.

A report sent through the issue form "Laporan capaian program" (`form`, `issue_form`, `report`),
written into the programme's YAML file keeping everything it does not change (`apply`, `edits`,
`apply_report`); and the monthly reminders to each lead agency of what its programmes need
(`reminders`), mentioning the data's reviewers from CODEOWNERS (`codeowners`). Commands run by maintainers and by the
repository's workflows, never during a build.

May import: `macros.data`, `macros.plan`, `macros.render`, `macros.errors`, `macros.settings`.
"""
