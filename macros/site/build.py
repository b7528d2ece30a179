"""One build of the site: what it reads once, at the start, and never changes.

    Build.start(root, docs_dir, repo_url, edit_uri, placeholder_addresses)
        files checked to be the repository's own, then the schemas, the data and the pages'
        front matter read and checked
    .plan, .schemas, .pages, .dates, .version, .today, .edit_base, .report_form ...
        what pages are rendered from
    .updated(info)      a page's last change

Everything a contributor must fix raises MasterplanError, listing every problem, before any
page is written. What the build made (each programme's permalink) is read from the built site
afterwards (publish.detail_links), not recorded here.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .. import settings
from ..data import git, schema
from ..data.files import links_leaving
from ..data.frontmatter import PageInfo, read_pages
from ..data.model import Masterplan
from ..data.read import read_masterplan
from ..errors import MasterplanError
from ..render.programs import report_form_url


@dataclass
class Build:
    """What one build knows besides MkDocs' own configuration."""

    root: Path
    schemas: schema.Schemas
    plan: Masterplan
    pages: dict[str, PageInfo]  # docs-relative path -> front matter
    version: str  # the document version this build publishes: 1.0, or draf
    edit_base: str = ""  # web-editor URL of the repository root, e.g. https://github.com/o/r/edit/main/
    report_form: str = ""  # the "Laporan capaian program" issue form, e.g. https://github.com/o/r/issues/new?template=…
    dates: Mapping[str, datetime.date] = field(default_factory=dict)  # docs-relative path -> last commit
    today: datetime.date = field(default_factory=settings.today)  # decides which years have begun
    placeholder_addresses: bool = False  # the site's and repository's addresses are not yet the real ones

    @classmethod
    def start(cls, root: Path, docs_dir: Path, repo_url: str = "", edit_uri: str = "",
              placeholder_addresses: bool = False) -> Build:
        """Check that every file is the repository's own, then read the data and the pages' front matter."""
        leaving = links_leaving(root, settings.PROJECT_FOLDERS)
        if leaving:  # before anything is read
            raise MasterplanError("Berkas di luar repositori tidak dibaca", leaving)
        schemas = schema.read(root / settings.SCHEMAS)
        today = settings.today()
        plan = read_masterplan(root / settings.DATA, schemas, today)
        pages = read_pages(docs_dir, schemas)
        return cls(root=root, schemas=schemas, plan=plan, pages=pages,
                   version=settings.published_version(plan.info["versi"]),
                   edit_base=edit_base(docs_dir.name, repo_url, edit_uri), report_form=report_form_url(repo_url),
                   dates=git.last_changed(root, docs_dir.relative_to(root).as_posix()), today=today,
                   placeholder_addresses=placeholder_addresses)

    def updated(self, info: PageInfo) -> datetime.date | None:
        """A page's last change: its front matter's date, else git's, else its newest history entry."""
        newest = max((r.tanggal for r in info.riwayat), default=None)
        return info.tanggal or self.dates.get(info.src) or newest


def edit_base(docs_folder: str, repo_url: str, edit_uri: str) -> str:
    """The web-editor URL of the repository root, from `repo_url` and `edit_uri` (…/edit/main/docs/).

    >>> edit_base("docs", "https://github.com/o/r", "edit/main/docs/")
    'https://github.com/o/r/edit/main/'
    """
    if not repo_url or not edit_uri:
        return ""
    base = repo_url.rstrip("/") + "/" + edit_uri.strip("/") + "/"
    return base.removesuffix(docs_folder + "/")
