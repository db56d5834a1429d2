"""The main window: toolbar, menus, navigation, invoice tabs, notification dock.

Dialogs and pages are imported when first opened, which keeps start-up light.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.ui.context import AppContext, deferred_until_loaded
from desktop.ui.invoices.isdoc_export import IsdocExport
from desktop.ui.invoices.list_page import InvoiceListPage
from desktop.ui.shell.window_actions import InvoiceActions
from desktop.ui.shell.window_menus import MainWindowMenus
from desktop.ui.widgets.icons import icon

if TYPE_CHECKING:
    from desktop.jobs import Job
    from desktop.ui.invoices.editor import InvoiceEditor
    from desktop.ui.mail.mail_service import MailService

log = logging.getLogger(__name__)


class _AfterFirstPaint(QObject):
    """Calls ``window.finish_loading`` shortly after the invoice list first paints."""

    def __init__(self, viewport: QWidget, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._viewport = viewport
        viewport.installEventFilter(self)
        # A window that never paints (minimised at start) still finishes loading.
        QTimer.singleShot(1500, self._finish)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._viewport.removeEventFilter(self)
            QTimer.singleShot(30, self._finish)  # let this frame reach the screen first
        return False

    def _finish(self) -> None:
        self._window.finish_loading()


class MainWindow(MainWindowMenus):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("main_window")
        self.setWindowIcon(icon("faktura"))
        self.resize(1180, 680)  # fits 1280×720; the screen's size is applied when shown
        self.actions_ = InvoiceActions(context, self)
        self.isdoc_export = IsdocExport(context, self)
        self._build_menus()
        from desktop.ui.shell.language_menu import LanguageMenu  # i18n: Settings → Language

        self.language_chooser = LanguageMenu(context, self.language_menu)

        self.nav = QListWidget(objectName="navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setMaximumWidth(190)
        for name in ("new-invoice", "clients", "products"):
            QListWidgetItem(icon(name), "", self.nav)
        self.pages = QStackedWidget(objectName="pages")
        self.invoice_tabs = QTabWidget(objectName="invoice_tabs")
        self.invoice_tabs.setTabsClosable(True)
        self.invoice_tabs.setDocumentMode(True)
        self.list_page = InvoiceListPage(context, self)
        self.invoice_tabs.addTab(self.list_page, "")
        self.invoice_tabs.tabBar().setTabButton(
            0, self.invoice_tabs.tabBar().ButtonPosition.RightSide, None
        )
        self.pages.addWidget(self.invoice_tabs)
        self._clients_page: QWidget | None = None
        self._products_page: QWidget | None = None
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        splitter.setCollapsible(1, False)
        splitter.setSizes([170, 1010])
        central = QWidget(objectName="central")
        self.banners = QVBoxLayout(central)  # above every page: the server's banner (team)
        self.banners.setContentsMargins(0, 0, 0, 0)
        self.banners.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.splitter = splitter
        self.nav.setCurrentRow(0)

        self.selection_label = QLabel(objectName="invoice_selection_total")
        self.statusBar().addPermanentWidget(self.selection_label)

        from desktop.ui.mail.notification_pane import NotificationPane

        # The pane reads the outbox itself unless SQLAlchemy waits for the first paint.
        self._pane_waiting = deferred_until_loaded(context)
        self.notification_pane = NotificationPane(context, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.notification_pane)
        self.view_menu.addAction(self.notification_pane.toggleViewAction())
        from desktop.ui.mail.pane_memory import PaneMemory  # hidden until the first send

        self.pane_memory = PaneMemory(context, self.notification_pane, self.notification_pane.model)
        self.mail_service: MailService | None = None
        self._loading: Job | None = None
        if self._pane_waiting:
            self._after_first_paint = _AfterFirstPaint(self.list_page.table.viewport(), self)
        else:
            self.finish_loading()

        self._connect()
        self.retranslate()
        self.update_actions()
        from desktop.ui.shell.editor_actions import connect_editor_actions

        connect_editor_actions(self)
        from desktop.ui.shell.layout_memory import LayoutMemory  # widths the user set

        self.layout_memory = LayoutMemory(self)

    def update_actions(self, *_args: object) -> None:
        """Actions enabled only when they apply (``action_state``)."""
        from desktop.ui.shell.action_state import update_invoice_actions

        update_invoice_actions(self)

    def finish_loading(self) -> None:
        """Open the database, fill the notification pane, start the mailer (once).

        Runs right after the first paint on a normal start, so the window appears before
        SQLAlchemy, the outbox and the SMTP stack have loaded.  Their imports and the opening
        of the database (about half a second, longer than a user waits for a click) run on
        the job runner (``load_in_background``); what must touch widgets follows on the GUI
        thread in short steps, one per pass of the event loop.  With the books already open
        (tests, a restored session) it all happens here and now.
        """
        if self.mail_service is not None or self._loading is not None:
            return
        if not self._pane_waiting:
            self._start_mail()
            self._show_loaded()
            return
        from desktop.jobs import job_runner
        from desktop.ui.shell.background_load import load_in_background

        status = self.list_page.status_filter.currentData() or ""
        work = load_in_background(self.context.services, status)
        self._loading = job_runner().start("load_books", work)
        # Failed or not, the steps run: a storage problem then shows where it always did.
        self._loading.finished.connect(lambda: QTimer.singleShot(0, self, self._fill_pane))

    def _fill_pane(self) -> None:
        if self._pane_waiting:
            self.notification_pane.model.reload()
            self._pane_waiting = False
        QTimer.singleShot(0, self, self._start_mail)

    def _start_mail(self) -> None:
        if self.mail_service is not None:
            return
        from desktop.ui.mail.mail_service import MailService

        self.mail_service = MailService(self.context, self.notification_pane, self)
        from desktop.ui.shell.team_changes import TeamChanges

        self.team_changes = TeamChanges(
            self.context, self.notification_pane.model.reload, self, self.banners
        )
        self.team_changes.reached.connect(self._server_reached)
        if self._loading is not None:
            QTimer.singleShot(0, self, self._show_loaded)

    def _server_reached(self, answers: bool) -> None:
        """The server answers again: save the drafts it refused now, not at their next retry."""
        for editor in self.editors() if answers else []:
            if editor.autosave.dirty:
                editor.autosave.flush()

    def _show_loaded(self) -> None:
        self.list_page.table.paint_rows_itself()
        if self._loading is None:  # the background load warmed the search up already
            QTimer.singleShot(0, self.list_page.model.warm_up)

    def _connect(self) -> None:
        a = self.actions_
        self.action_new_invoice.triggered.connect(lambda: self.open_invoice(None))
        # A team's read-only role (an accountant) creates nothing; always on the SQLite file.
        self.action_new_invoice.setEnabled(self.context.services.books.may_edit)
        self.action_export_pdf.triggered.connect(self.export_current)
        self.action_export_isdoc.triggered.connect(self.export_isdoc_current)
        self.action_backup.triggered.connect(a.backup)
        self.action_export_period.triggered.connect(self.export_period)
        self.action_send.triggered.connect(self.send_current)
        self.action_company.triggered.connect(a.edit_company)
        self.action_clients.triggered.connect(lambda: self.nav.setCurrentRow(1))
        self.action_products.triggered.connect(lambda: self.nav.setCurrentRow(2))
        self.action_modules.triggered.connect(a.open_modules)
        self.action_database.triggered.connect(a.open_database_settings)
        self.action_history_name.triggered.connect(a.open_history_name)
        self.action_quit.triggered.connect(self.close)
        self.action_about.triggered.connect(self.show_about)
        self.action_data_folder.triggered.connect(self.show_data_folder)
        self.action_guides.triggered.connect(a.open_guides)
        self.action_restore.triggered.connect(a.restore_from_backup)
        self.nav.currentRowChanged.connect(self._show_page)
        self.invoice_tabs.tabCloseRequested.connect(self.close_tab)
        self.list_page.open_invoice.connect(self.open_invoice)
        self.list_page.new_invoice.connect(lambda: self.open_invoice(None))
        self.list_page.edit_company.connect(a.edit_company)
        self.list_page.invoice_action.connect(self._list_action)
        self.list_page.export_pdfs.connect(a.export_pdfs)
        self.list_page.export_isdocs.connect(self.isdoc_export.export_many)
        self.list_page.selection_total.connect(self.selection_label.setText)
        for changed in (
            self.list_page.selection_changed, self.invoice_tabs.currentChanged,
            self.nav.currentRowChanged,
        ):  # fmt: skip
            changed.connect(self.update_actions)
        self.context.events.invoice_changed.connect(self.update_actions)  # issued: no Issue
        events = self.context.events
        events.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        # What screens ask of the window without knowing it.
        events.open_invoice_requested.connect(self.open_invoice)
        events.edit_company_requested.connect(a.edit_company)
        events.open_modules_requested.connect(a.open_modules)
        events.smtp_sign_in_requested.connect(a.sign_in_smtp)

    # -- pages and tabs ------------------------------------------------------------------
    def _show_page(self, row: int) -> None:
        if row == 1 and self._clients_page is None:
            from desktop.ui.parties.clients_page import ClientsPage

            self._clients_page = ClientsPage(self.context, self)
            self.pages.addWidget(self._clients_page)
        if row == 2 and self._products_page is None:
            from desktop.ui.parties.products_page import ProductsPage

            self._products_page = ProductsPage(self.context, self)
            self.pages.addWidget(self._products_page)
        page = {0: self.invoice_tabs, 1: self._clients_page, 2: self._products_page}.get(row)
        if page is not None:
            self.pages.setCurrentWidget(page)

    def editors(self) -> list[InvoiceEditor]:
        """The open editor tabs (their modules load with the first one)."""
        if self.invoice_tabs.count() < 2:
            return []
        from desktop.ui.invoices.editor import InvoiceEditor

        tabs = (self.invoice_tabs.widget(i) for i in range(1, self.invoice_tabs.count()))
        return [tab for tab in tabs if isinstance(tab, InvoiceEditor)]

    def open_invoice(self, invoice_id: int | None) -> QWidget:
        """Open (or focus) an editor tab; ``None`` starts a new draft."""
        self.nav.setCurrentRow(0)
        for editor in self.editors():
            if invoice_id is not None and editor.invoice_id == invoice_id:
                self.invoice_tabs.setCurrentWidget(editor)
                return editor
        # Imported on first use: the editor's modules are not needed to show the list.
        from desktop.ui.invoices.editor import InvoiceEditor

        editor = InvoiceEditor(self.context, invoice_id, self, export_pdf=self.actions_.export_pdf)
        index = self.invoice_tabs.addTab(editor, editor.windowTitle())
        editor.windowTitleChanged.connect(lambda title, e=editor: self._retitle(e, title))
        editor.close_requested.connect(
            lambda e=editor: self.close_tab(self.invoice_tabs.indexOf(e))
        )
        from desktop.ui.shell.editor_actions import editor_opened

        editor_opened(self, editor)
        self.invoice_tabs.setCurrentIndex(index)
        return editor

    def _retitle(self, editor: QWidget, title: str) -> None:
        index = self.invoice_tabs.indexOf(editor)
        if index > 0:
            self.invoice_tabs.setTabText(index, title)

    def close_tab(self, index: int) -> None:
        """Closes an editor once its draft is saved; if it cannot be, the editor asks."""
        tab = self.invoice_tabs.widget(index) if index > 0 else None
        for editor in self.editors():
            if editor is tab:
                editor.closing.close_when_saved(partial(self._remove_tab, editor))

    def _remove_tab(self, editor: QWidget) -> None:
        index = self.invoice_tabs.indexOf(editor)
        if index > 0:
            self.invoice_tabs.removeTab(index)
            editor.deleteLater()

    def current_invoice_id(self) -> int | None:
        widget = self.invoice_tabs.currentWidget()
        if widget is self.list_page:
            ids = self.list_page.selected_ids()
            return ids[0] if ids else None
        editor = next((e for e in self.editors() if e is widget), None)
        # an editor whose draft cannot be saved gives none: its banner says why
        return editor.invoice_id if editor is not None and editor.flush() else None

    def export_current(self) -> None:
        """The list's whole selection as one job; an open editor's invoice on its own."""
        if self.invoice_tabs.currentWidget() is self.list_page:
            self.actions_.export_pdfs(self.list_page.selected_ids())
        else:
            self.actions_.export_pdf(self.current_invoice_id())

    def export_period(self) -> None:
        from desktop.ui.shell.accounting_dialog import AccountingExportDialog

        AccountingExportDialog(self.context, self).open()

    def export_isdoc_current(self) -> None:
        """As Export PDF: the list's whole selection as one job, or the open invoice."""
        if self.invoice_tabs.currentWidget() is self.list_page:
            self.isdoc_export.export_many(self.list_page.selected_ids())
        else:
            self.isdoc_export.export_one(self.current_invoice_id())

    def send_current(self) -> None:
        invoice_id = self.current_invoice_id()
        if invoice_id is None:
            self.context.events.status_message.emit(self.tr("Select an invoice to send."))
            return
        editor = self.open_invoice(invoice_id)
        send = getattr(editor, "send", None)
        if send is not None:
            send()

    def _list_action(self, action: str, invoice_id: int) -> None:
        opened = self.actions_.run(action, invoice_id)
        if opened is not None:
            self.open_invoice(opened)

    # -- help ----------------------------------------------------------------------------
    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Faktura"),
            self.tr(
                "<h3>Faktura %1</h3><p>Offline-first invoicing for freelancers and small "
                "businesses.</p><p>Data folder: %2<br>Log: %3</p>"
            )
            .replace("%1", __version__)
            .replace("%2", str(self.context.paths.root))
            .replace("%3", str(self.context.paths.log_file)),
        )

    def show_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.context.paths.root)))

    # -- language and shutdown -----------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._retranslate_menus()
        for row, text in enumerate((self.tr("Invoices"), self.tr("Clients"), self.tr("Products"))):
            self.nav.item(row).setText(text)
        # Long translations must not be cut: the navigation is as wide as its longest item.
        self.nav.setMinimumWidth(self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 12)
        self.invoice_tabs.setTabText(0, self.tr("Invoices"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.layout_memory.restore_pane)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Quit saves every draft; one that cannot be saved asks first (and may cancel)."""
        for editor in self.editors():
            if not editor.flush():
                event.ignore()
                self.nav.setCurrentRow(0)
                self.invoice_tabs.setCurrentWidget(editor)
                editor.closing.ask(self.close)
                return
        self.layout_memory.flush()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Called once after the event loop ends: stop background work, keep queued mail.

        The mailer first (it may finish the message on the wire), then every other job
        (a connection test is cut at once); each waits a bounded time."""
        from desktop.jobs import job_runner

        if self.mail_service is not None:
            self.mail_service.shutdown()
        job_runner().shutdown()
