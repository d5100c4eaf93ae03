"""How statuses read: the core's enums are facts, and these are their words in the reader's language."""

from __future__ import annotations

from bot.core.admissions import AdmissionStatus
from bot.core.codes import CodeStatus
from bot.i18n import Catalog


def code_status(t: Catalog, status: CodeStatus) -> str:
    """'active', 'used', 'expired' or 'revoked'."""
    return t("code-status", status=status.value)


def code_status_icon(t: Catalog, status: CodeStatus) -> str:
    """The status with its icon, as lists show it: '🟢 active'."""
    return t("code-status-icon", status=status.value)


def admission_status(t: Catalog, status: AdmissionStatus) -> str:
    """'awaiting approval', 'roles pending', 'admitted', 'denied' or 'left'."""
    return t("admission-status", status=status.value)
