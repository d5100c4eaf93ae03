"""How statuses read: the core's enums are facts, and these are their words in the reader's language."""

from __future__ import annotations

from bot.core.admissions import AdmissionStatus
from bot.core.codes import CodeStatus
from bot.core.tree import Standing
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


# Message IDs written out whole, so that the catalogs' tests find each one used.
_STANDINGS = {
    Standing.MEMBER: "vouching-standing-member",
    Standing.AWAITING: "vouching-standing-awaiting",
    Standing.DENIED: "vouching-standing-denied",
    Standing.LEFT: "vouching-standing-left",
    Standing.BANNED: "vouching-standing-banned",
    Standing.SUSPENDED: "vouching-standing-suspended",
}


def standing(t: Catalog, where: Standing) -> str:
    """Where someone in the invite tree stands: 'member', 'awaiting approval', 'denied', 'left', 'banned' or
    'suspended' (/gate tree and the dashboard's tree say it alike)."""
    return t(_STANDINGS[where])
