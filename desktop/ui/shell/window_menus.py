"""The main window's actions, toolbar and menus, and their texts; behaviour is ``main_window``.

Kept apart (like the editor's ``editor_view``) so the window module reads as what happens, and
this one as what the user sees at the top of the window.  Every action carries the object name
that automation relies on (AUTOMATION.md).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QToolBar, QWidget

from desktop import APP_NAME
from desktop.ui.widgets.icons import icon


class MainWindowMenus(QMainWindow):
    """Builds the actions, toolbar and menus; ``MainWindow`` connects them."""

    def _build_menus(self) -> None:
        self.action_new_invoice = self._action(
            "action_new_invoice", "new-invoice", QKeySequence.StandardKey.New
        )
        self.action_send = self._action("action_send", "send")
        self.action_export_pdf = self._action("action_export_pdf", "pdf")
        self.action_export_isdoc = self._action("action_export_isdoc", "isdoc")
        self.action_backup = self._action("action_backup", "")
        self.action_export_period = self._action("action_export_period", "")
        self.action_company = self._action("action_company", "company")
        self.action_clients = self._action("action_clients", "clients")
        self.action_products = self._action("action_products", "products")
        self.action_modules = self._action("action_modules", "puzzle")
        self.action_database = self._action("action_database", "")
        self.action_history_name = self._action("action_history_name", "")
        self.action_quit = self._action("action_quit", "", QKeySequence.StandardKey.Quit)
        self.action_about = self._action("action_about", "help")
        self.action_data_folder = self._action("action_data_folder", "")
        self.action_guides = self._action("action_guides", "help")
        self.action_restore = self._action("action_restore", "")
        # The editor's commands, with the shortcuts the menus show (editor_actions connects).
        self.action_save = self._action("action_save", "save", QKeySequence.StandardKey.Save)
        self.action_issue = self._action("action_issue", "", "Ctrl+Shift+I")
        self.action_export_pdf.setShortcut(QKeySequence("Ctrl+E"))
        self.action_send.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.action_preview = self._action("action_preview", "pdf", "Ctrl+Shift+P")
        self.action_print = self._action("action_print", "", QKeySequence.StandardKey.Print)
        self.action_search = self._action("action_search", "", QKeySequence.StandardKey.Find)
        self.undo_group = QUndoGroup(self)
        self.action_undo = self.undo_group.createUndoAction(self)
        self.action_undo.setObjectName("action_undo")
        self.action_undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.action_redo = self.undo_group.createRedoAction(self)
        self.action_redo.setObjectName("action_redo")
        self.action_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for changed in (
            self.undo_group.undoTextChanged, self.undo_group.redoTextChanged,
            self.undo_group.activeStackChanged, self.undo_group.indexChanged,
        ):  # fmt: skip
            changed.connect(self._undo_texts)

        self.toolbar = QToolBar(objectName="main_toolbar")
        self.toolbar.setIconSize(QSize(22, 22))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setMovable(False)
        for action in (
            self.action_new_invoice,
            self.action_send,
            self.action_export_pdf,
            self.action_export_isdoc,
        ):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.action_company)
        spacer = QWidget()
        spacer.setSizePolicy(
            spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred
        )
        self.toolbar.addWidget(spacer)
        self.toolbar.addAction(self.action_modules)
        self.addToolBar(self.toolbar)

        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.setObjectName("menu_file")
        self.file_menu.addActions([self.action_new_invoice, self.action_save, self.action_issue])
        self.file_menu.addSeparator()
        self.file_menu.addActions(
            [
                self.action_preview,
                self.action_print,
                self.action_export_pdf,
                self.action_export_isdoc,
                self.action_send,
            ]
        )
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_export_period)
        self.file_menu.addAction(self.action_backup)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_quit)
        self.edit_menu = self.menuBar().addMenu("")
        self.edit_menu.setObjectName("menu_edit")
        self.edit_menu.addActions([self.action_undo, self.action_redo])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.action_search)
        self.settings_menu = self.menuBar().addMenu("")
        self.settings_menu.setObjectName("menu_settings")
        self.settings_menu.addActions(
            [
                self.action_company,
                self.action_modules,
                self.action_database,
                self.action_history_name,
            ]
        )
        self.language_menu = self.settings_menu.addMenu("")
        self.language_menu.setObjectName("menu_language")
        self.view_menu = self.menuBar().addMenu("")
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.setObjectName("menu_help")
        self.help_menu.addActions([self.action_guides, self.action_data_folder])
        self.help_menu.addAction(self.action_restore)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.action_about)

    def editor_only_actions(self) -> list[QAction]:
        """Actions that act on an open editor's invoice (disabled elsewhere)."""
        return [self.action_save, self.action_issue, self.action_preview, self.action_print]

    def _action(self, name: str, icon_name: str, shortcut: object = None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))  # type: ignore[call-overload]
        return action

    def _retranslate_menus(self) -> None:
        self.setWindowTitle(APP_NAME)
        texts = {
            self.action_new_invoice: (
                self.tr("New invoice"),
                self.tr("Create a new invoice draft"),
            ),
            self.action_send: (self.tr("Send"), self.tr("Send the invoice by e-mail")),
            self.action_export_pdf: (self.tr("Export PDF"), self.tr("Save the invoice as PDF")),
            self.action_export_isdoc: (
                self.tr("Export ISDOC"),
                self.tr("Save the e-invoice that Czech accounting programs import (ISDOC)"),
            ),
            self.action_export_period: (
                self.tr("Export for the accountant…"),
                self.tr("A period's invoices as CSV, with a ZIP of their PDFs and ISDOC files"),
            ),
            self.action_backup: (
                self.tr("Back up now…"),
                self.tr("Copy the database to the backups folder in the data folder"),
            ),
            self.action_company: (
                self.tr("Company profile"),
                self.tr("Your own company's details"),
            ),
            self.action_clients: (self.tr("Clients"), self.tr("Your clients")),
            self.action_products: (self.tr("Products"), self.tr("Products and services catalogue")),
            self.action_modules: (
                self.tr("Modules"),
                self.tr("Install integrations such as e-mail sending via SMTP"),
            ),
            self.action_database: (
                self.tr("Database…"),
                self.tr("Keep the books in a file here, or share them on a PostgreSQL server"),
            ),
            self.action_history_name: (
                self.tr("Your name in the history…"),
                self.tr("The name each invoice's history shows beside what you did"),
            ),
            self.action_quit: (self.tr("Quit"), ""),
            self.action_about: (self.tr("About Faktura"), ""),
            self.action_data_folder: (
                self.tr("Open data folder"),
                self.tr("Where your database, PDFs and logs live"),
            ),
            self.action_guides: (self.tr("Setup guides"), ""),
            self.action_save: (self.tr("Save"), self.tr("Save the invoice draft now")),
            self.action_issue: (self.tr("Issue…"), self.tr("Give the draft its number")),
            self.action_preview: (
                self.tr("Preview"),
                self.tr("The invoice as it will print, updated as you edit"),
            ),
            self.action_print: (self.tr("Print…"), self.tr("Print the invoice")),
            self.action_search: (self.tr("Find invoices"), self.tr("Search the invoice list")),
            self.action_restore: (
                self.tr("Restore from backup…"),
                self.tr("Put an earlier copy of the database in place of the current one"),
            ),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setToolTip(tip or text)
            action.setStatusTip(tip)
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self._undo_texts()

    def _undo_texts(self, *_args: object) -> None:
        """Our own words for Undo / Redo (the group would write "Undo edit" after each step)."""
        texts = ((self.action_undo, self.tr("&Undo")), (self.action_redo, self.tr("&Redo")))
        for action, text in texts:
            action.setText(text)
            action.setToolTip(text.replace("&", ""))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.language_menu.setTitle(self.tr("Language"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
