"""How statuses read: the core's enums are facts, and these are their words."""

from __future__ import annotations

from bot.core.admissions import AdmissionStatus
from bot.core.codes import CodeStatus

CODE_STATUS = {
    CodeStatus.ACTIVE: "active",
    CodeStatus.USED: "used",
    CodeStatus.EXPIRED: "expired",
    CodeStatus.REVOKED: "revoked",
}
ADMISSION_STATUS = {
    AdmissionStatus.AWAITING_APPROVAL: "awaiting approval",
    AdmissionStatus.ROLES_PENDING: "roles pending",
    AdmissionStatus.ADMITTED: "admitted",
    AdmissionStatus.DENIED: "denied",
    AdmissionStatus.LEFT: "left",
}
