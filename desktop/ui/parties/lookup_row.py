"""“Fill from ARES” and “Check in VIES” beside the identity fields of the client and company
forms: each look-up runs on the job runner, the answer shows under the buttons, and nothing
waits for it.  Without a connection the row says the look-ups are not available offline;
what the user typed stays as it was."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.jobs import Job
from desktop.services.control import JobControl
from desktop.services.lookups import CompanyFound, LookupFailedError, VatCheck
from desktop.ui.context import AppContext
from desktop.ui.parties.party_fields import PartyFields
from desktop.ui.widgets.field_errors import WARNING_COLOUR
from desktop.ui.widgets.job_progress import start_job


class LookupRow(QObject):
    def __init__(self, context: AppContext, party: PartyFields, parent: QWidget) -> None:
        super().__init__(parent)
        self.context, self.party = context, party
        prefix = party.prefix
        self.ares_button = QPushButton(objectName=f"{prefix}_ares")
        self.vies_button = QPushButton(objectName=f"{prefix}_vies")
        self.status = QLabel(objectName=f"{prefix}_lookup_status")
        self.status.setWordWrap(True)
        self.last_check: VatCheck | None = None
        self.jobs: list[Job] = []
        self.ares_button.clicked.connect(self.fill_from_ares)
        self.vies_button.clicked.connect(self.check_vies)
        party.country.currentIndexChanged.connect(self._follow_country)
        self._follow_country()

    def layout(self) -> QVBoxLayout:
        buttons = QHBoxLayout()
        buttons.addWidget(self.ares_button)
        buttons.addWidget(self.vies_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addLayout(buttons)
        column.addWidget(self.status)
        return column

    def _follow_country(self) -> None:
        self.ares_button.setVisible(self.party.country_code() == "CZ")  # ARES is Czech

    def _say(self, text: str, warning: bool = False) -> None:
        self.status.setStyleSheet(f"color: {WARNING_COLOUR};" if warning else "")
        self.status.setText(text)

    def _run(
        self, name: str, work: Callable[[JobControl], object], done: Callable[..., None]
    ) -> Job:
        self._say(self.tr("Asking…"))

        def wire(job: Job) -> None:
            job.succeeded.connect(done)
            job.failed.connect(self._failed)

        job = start_job(name, work, wire)
        self.jobs.append(job)
        return job

    def fill_from_ares(self) -> Job | None:
        ico = self.party.company_code.text().strip()
        if not ico:
            self._say(self.tr("Type the IČO first."), warning=True)
            return None
        lookups = self.context.services.lookups
        return self._run("ares_lookup", lambda _control: lookups.ares(ico), self._filled)

    def check_vies(self) -> Job | None:
        vat_code = self.party.vat_code.text().strip()
        if not vat_code:
            self._say(self.tr("Type the VAT code first."), warning=True)
            return None
        lookups = self.context.services.lookups
        return self._run("vies_check", lambda _control: lookups.vies(vat_code), self._checked)

    def _filled(self, found: CompanyFound) -> None:
        party = self.party
        party.name.setText(found.name)
        party.address.setPlainText(found.address)
        party.company_code.setText(found.company_code)
        if found.vat_code:
            party.vat_code.setText(found.vat_code)
        if found.vat_payer is not None:
            party.vat_payer.setChecked(found.vat_payer)
        self._say(self.tr("Filled from ARES: %1").replace("%1", found.name))

    def _checked(self, check: VatCheck) -> None:
        self.last_check = check
        day = check.checked_on.isoformat()
        if check.valid:
            text = self.tr("Valid in VIES on %1").replace("%1", day)
            if check.name:
                text += f": {check.name}"
            self._say(text)
        else:
            self._say(self.tr("Not valid in VIES on %1.").replace("%1", day), warning=True)

    def _failed(self, exc: BaseException) -> None:
        code = exc.code if isinstance(exc, LookupFailedError) else "unavailable"
        texts = {
            "offline": self.tr("Not available offline: fill in the fields yourself."),
            "timeout": self.tr("The service did not answer in time; try again later."),
            "not_found": self.tr("ARES does not know this IČO."),
            "malformed": self.tr("The service answered something Faktura cannot read."),
            "unavailable": self.tr("The service cannot answer now; try again later."),
            "invalid_input": self.tr("This is not a number the service can look up."),
        }
        self._say(texts.get(code, texts["unavailable"]), warning=True)

    def retranslate(self) -> None:
        self.ares_button.setText(self.tr("Fill from ARES"))
        self.ares_button.setToolTip(self.tr("Name, address and DIČ from the Czech register ARES"))
        self.vies_button.setText(self.tr("Check in VIES"))
        self.vies_button.setToolTip(self.tr("Whether the EU's VIES knows this VAT code"))
