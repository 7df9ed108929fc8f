"""Bring a spreadsheet into a project: stream its devices through the matcher into one transaction."""

from collections.abc import Callable

from app.core.importing.inventory import Inventory
from app.core.matching import Matcher
from app.core.store.project import ImportResult, Project

KB_VERSION_SETTING = "kb_version"  # the knowledge base that last checked the project's devices


def import_inventory(
    project: Project,
    inventory: Inventory,
    matcher: Matcher,
    mappings: dict[str, dict[str, int]] | None = None,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Match every device of the file and save it; devices already in the project are updated, not doubled."""
    matched = matcher.match_all(inventory.devices(mappings))
    try:
        result = project.import_devices(matched, inventory.name, progress, cancelled)
    finally:
        matcher.let_go()  # its caches hold a row's worth of work for every distinct device: emptied gently
    project.set_setting(KB_VERSION_SETTING, matcher.kb.version)
    return result
