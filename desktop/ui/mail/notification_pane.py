"""The notification dock: every send with its live state, and what to do when one fails.

Failures (and uncertain sends) stay until dismissed and count as unread until the user looks
at them; the count shows in the dock's title (and so on its View-menu toggle) and in the
status bar.  Actions work on the selected entry through ``services.outbox``; the mailer is
woken by signal.  An action can lose a race with the mailer (Cancel just as it claims the
message): then the row shows what is true now and a note says the action was not done.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QGridLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.outbox import OutboxEntry, OutboxError
from desktop.ui.context import AppContext, deferred_until_loaded
from desktop.ui.mail.notification_actions import ACTIONS, applicable
from desktop.ui.mail.notification_list import NotificationList
from desktop.ui.mail.notification_model import PASSWORD_ID, PAUSE_ID, NotificationModel
from desktop.ui.mail.notification_texts import Item, Notice, state_label, technical_details

log = logging.getLogger(__name__)


class NotificationPane(QDockWidget):
    wake_requested = Signal()
    resume_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notification_pane")
        self.context = context
        self.model = NotificationModel(context.services, self)
        self.list_view = NotificationList(self.model)
        self.list_view.customContextMenuRequested.connect(self._context_menu)
        self.buttons: dict[str, QPushButton] = {}
        self._shown_actions: set[str] | None = None
        for name in ACTIONS:
            button = QPushButton(self, objectName=f"notification_{name}")
            button.hide()
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, n=name: self.run_action(n))
            self.buttons[name] = button
        self.button_grid = QGridLayout()
        self.button_grid.setSpacing(4)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.details = QLabel(objectName="notification_details")
        self.details.setWordWrap(True)
        # Tab reaches the full text of the selected entry, to read or copy it by keyboard.
        self.details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.details.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the flags give click focus only
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.hide()
        # A local error's own words (exception, errno) only on request, for support.
        self.technical_button = QToolButton(objectName="notification_technical")
        self.technical_button.setCheckable(True)
        self.technical_button.setAutoRaise(True)
        self.technical_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.technical_button.setArrowType(Qt.ArrowType.RightArrow)
        self.technical_button.toggled.connect(self._update_buttons)
        self.technical_button.hide()
        self.technical = QLabel(objectName="notification_technical_text")
        self.technical.setWordWrap(True)
        self.technical.setTextFormat(Qt.TextFormat.PlainText)
        self.technical.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.technical.setStyleSheet("color: palette(placeholder-text);")
        self.technical.hide()
        self.note = QLabel(objectName="notification_note")  # an action that was not done
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #b4580f;")
        self.note.hide()
        layout.addWidget(self.list_view, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.technical_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.technical)
        layout.addWidget(self.note)
        layout.addLayout(self.button_grid)
        self.setWidget(body)
        self.setMinimumWidth(220)  # with the navigation and the editor, fits a 1280 px screen
        QWidget.setTabOrder(self.list_view, self.details)  # then the action buttons

        self.unread_button: QToolButton | None = None
        if isinstance(parent, QMainWindow):
            self.unread_button = QToolButton(objectName="notification_unread")
            self.unread_button.setAutoRaise(True)
            self.unread_button.clicked.connect(self.show_and_read)
            self.unread_button.hide()
            parent.statusBar().addPermanentWidget(self.unread_button)

        self.list_view.selectionModel().currentChanged.connect(self._current_changed)
        self.model.unread_changed.connect(self._update_unread)
        self.model.rowsInserted.connect(self._update_buttons)
        self.model.dataChanged.connect(self._update_buttons)
        self.model.rowsRemoved.connect(self._update_buttons)
        self.visibilityChanged.connect(self._visibility_changed)
        if not deferred_until_loaded(context):
            self.model.reload()
        self.retranslate()
        self._update_buttons()

    # -- selection and actions -------------------------------------------------------------
    def current_item(self) -> Item | None:
        index = self.list_view.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def select_id(self, item_id: int) -> None:
        row = self.model.row_of(item_id)
        if row is not None:
            self.list_view.setCurrentIndex(self.model.index(row))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.model.item(current.row()) if current.isValid() else None
        if item is not None:
            self.model.mark_seen(item.id)
        self.note.hide()
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        item = self.current_item()
        details = self.model.details(item) if item is not None else ""
        if details != self.details.text():
            self.details.setText(details)
        self.details.setVisible(bool(details))
        technical = technical_details(item) if item is not None else ""
        opened = bool(technical) and self.technical_button.isChecked()
        self.technical_button.setVisible(bool(technical))
        self.technical_button.setArrowType(
            Qt.ArrowType.DownArrow if opened else Qt.ArrowType.RightArrow
        )
        self.technical.setText(technical)
        self.technical.setVisible(opened)
        wanted = applicable(item)
        if wanted == self._shown_actions:
            return
        self._shown_actions = wanted
        while self.button_grid.count():
            self.button_grid.takeAt(0)
        shown = [n for n in ACTIONS if n in wanted]
        for position, name in enumerate(shown):
            self.button_grid.addWidget(self.buttons[name], position // 2, position % 2)
        for name, button in self.buttons.items():
            button.setVisible(name in wanted)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.list_view.indexAt(pos)
        if not index.isValid():
            return
        self.list_view.setCurrentIndex(index)
        menu = QMenu(self)
        for name in ACTIONS:
            if name in applicable(self.current_item()):
                action = menu.addAction(self.buttons[name].text())
                action.triggered.connect(lambda _=False, n=name: self.run_action(n))
        menu.popup(self.list_view.viewport().mapToGlobal(pos))

    def run_action(self, name: str) -> None:
        item = self.current_item()
        if item is None or name not in applicable(item):
            return
        events = self.context.events
        if name == "open_invoice":
            if item.invoice_id is not None:
                events.open_invoice_requested.emit(item.invoice_id)
            return
        if name == "smtp_settings":
            events.open_modules_requested.emit()
            return
        if name == "sign_in":  # the SMTP module's "Sign in…", from here
            events.smtp_sign_in_requested.emit()
            return
        if name == "edit_recipients" and isinstance(item, OutboxEntry):
            from desktop.ui.mail.send_flow import edit_recipients

            edit_recipients(self.context, item, self.window())
            return
        if isinstance(item, Notice):
            if name == "retry" and item.id == PAUSE_ID:
                self.resume_requested.emit()
            elif name == "retry" and item.id == PASSWORD_ID:
                self.wake_requested.emit()  # ask the keyring again now
            elif name == "dismiss":
                self.model.remove(item.id)
            return
        if name == "resend":
            self._confirm_resend(item.id)
        else:
            self._change(name, item.id)

    def _change(self, name: str, message_id: int) -> None:
        """One of the user's changes to a stored message, through ``services.outbox``."""
        outbox = self.context.services.outbox
        changes = {
            "retry": outbox.retry,
            "resend": outbox.retry,
            "retry_copy": outbox.retry_copy,
            "cancel": outbox.cancel,
            "mark_sent": outbox.mark_sent,
            "dismiss": outbox.dismiss,
        }
        try:
            entry = changes[name](message_id)
        except OutboxError as exc:  # the mailer (or another app) moved it meanwhile
            log.info("%s on message %s not done: %s", name, message_id, exc)
            self._show_current(message_id)
            return
        self.note.hide()
        self.model.upsert(entry)
        if name in ("retry", "resend", "retry_copy"):
            self.wake_requested.emit()
        if name == "mark_sent" and entry.invoice_id is not None:
            self.context.events.invoice_changed.emit(entry.invoice_id)
            self.context.events.invoices_changed.emit()

    def _show_current(self, message_id: int) -> None:
        """After a lost race: the row as it is now, and a note that nothing was done."""
        try:
            entry = self.context.services.outbox.entry(message_id)
        except OutboxError:
            self.model.remove(message_id)
            text = self.tr("Not done: this message is no longer in the outbox.")
        else:
            self.model.upsert(entry)
            state = state_label(entry.state.value)
            text = self.tr("Not done: the message changed meanwhile and is now “%1”.")
            text = text.replace("%1", state)
        self.note.setText(text)
        self.note.show()
        self.context.events.status_message.emit(text)

    def _confirm_resend(self, message_id: int) -> QMessageBox:
        """Ask before a second copy may reach the client; resend on yes (non-modal)."""
        box = QMessageBox(self)
        box.setObjectName("notification_resend_confirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Resend the message?"))
        box.setText(
            self.tr(
                "Faktura cannot tell whether this message arrived. If the client already has "
                "it, resending gives them a second copy."
            )
        )
        yes = box.addButton(self.tr("Resend"), QMessageBox.ButtonRole.AcceptRole)
        yes.setObjectName("notification_resend_confirm_yes")
        no = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(no)

        def clicked(button: object) -> None:
            if button is yes:
                self._change("resend", message_id)

        box.buttonClicked.connect(clicked)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # -- unread count -----------------------------------------------------------------------
    def show_and_read(self) -> None:
        self.show()
        self.raise_()
        self.model.mark_all_seen()

    def _visibility_changed(self, visible: bool) -> None:
        if visible and self.model.unread_count():
            self.list_view.setFocus()

    def _update_unread(self, *_args: object) -> None:
        count = self.model.unread_count()
        title = self.tr("Notifications")
        self.setWindowTitle(f"{title} ({count})" if count else title)
        if self.unread_button is not None:
            self.unread_button.setText(self.tr("%n problem(s) sending mail", "", count))
            self.unread_button.setVisible(count > 0)

    # -- language ---------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        texts = {
            "sign_in": self.tr("Sign in again"),
            "edit_recipients": self.tr("Edit recipients"),
            "retry": self.tr("Retry now"),
            "retry_copy": self.tr("Copy to Sent again"),
            "cancel": self.tr("Cancel"),
            "resend": self.tr("Resend"),
            "mark_sent": self.tr("Mark as sent"),
            "open_invoice": self.tr("Open invoice"),
            "smtp_settings": self.tr("SMTP settings"),
            "dismiss": self.tr("Dismiss"),
        }
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.technical_button.setText(self.tr("Details"))
        self._update_unread()
        self.model.clear_text_cache()
        self.model.layoutChanged.emit()

    def entry(self, item_id: int) -> OutboxEntry | None:
        row = self.model.row_of(item_id)
        item = self.model.item(row) if row is not None else None
        return item if isinstance(item, OutboxEntry) else None
