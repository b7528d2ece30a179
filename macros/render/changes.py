"""What changed in the programmes since the previous release, as Markdown (plan/changes.py compares)."""

from __future__ import annotations

from ..data.model import Masterplan
from .escape import md_text
from .markdown import table
from .programs import Link, id_link


def program_changes(since: str | None, changes: tuple[list[str], list[str], dict[str, list[str]]] | None,
                    plan: Masterplan, old: dict[str, dict], link: Link) -> str:
    """Programmes added, removed and changed since release `since`."""
    if since is None or changes is None:
        return "*Belum ada rilis sebelumnya untuk dibandingkan.*"
    added, removed, changed = changes
    if not (added or removed or changed):
        return f"Tidak ada perubahan data program sejak versi {md_text(since)}."
    parts = [f"Perubahan data program sejak versi {md_text(since)}:"]
    if added:
        rows = [(id_link(plan.program_by_id[i], link), md_text(plan.program_by_id[i].nama)) for i in added]
        parts += [f"**Ditambahkan ({len(added)})**", table(("Kode", "Program"), rows)]
    if removed:
        rows = [(md_text(i), md_text(old[i].get("nama", ""))) for i in removed]
        parts += [f"**Dihapus ({len(removed)})**", table(("Kode", "Program pada versi " + md_text(since)), rows)]
    if changed:
        rows = [(id_link(plan.program_by_id[i], link), md_text(plan.program_by_id[i].nama),
                 ", ".join(md_text(f.replace("_", " ")) for f in fields)) for i, fields in changed.items()]
        parts += [f"**Diubah ({len(changed)})**", table(("Kode", "Program", "Isian yang berubah"), rows)]
    return "\n\n".join(parts)
