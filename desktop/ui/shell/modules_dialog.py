# ruff: noqa: E501 - one sentence per line reads better for translators than split strings
"""Settings → Modules: install, set up and remove integrations.

Everything module-specific comes from the module registry (through ``services.modules``);
this dialog only lays out what it lists, so a new module needs no change here.  Each installed module's
settings widget is created on first show and kept in a stacked page beside the list.
"""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.modules.registry import TR_CONTEXT, ModuleSpec
from desktop.services.modules import ModuleService
from desktop.ui.context import AppContext
from desktop.ui.widgets.icons import icon
from desktop.ui.widgets.screen_fit import resize_to_fit

log = logging.getLogger(__name__)

#: Room for a settings form with its guide beside it.
SETTINGS_SIZE = QSize(1180, 660)  # fits 1280×720 (less a title bar and a panel)


def create_settings_widget(
    spec: ModuleSpec, context: AppContext, parent: QWidget
) -> QWidget | None:
    """Import and call the module's ``"package.module:Factory"``; None if it has none."""
    if not spec.settings_widget:
        return None
    module_name, _, attr = spec.settings_widget.partition(":")
    factory = getattr(importlib.import_module(module_name), attr)
    widget: QWidget = factory(context, parent)
    return widget


class WrappingLabel(QLabel):
    """A word-wrapped label that claims the height its text needs at its current width.

    Without this a wrapped description in a fixed-width column is squeezed to its
    one-line size hint, and long (Lithuanian, Czech) texts get cut.
    """

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        needed = self.heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)


class ModuleRow(QFrame):
    """Icon, name, description, state, and the Install / Set up / Remove buttons."""

    def __init__(self, spec: ModuleSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"module_{spec.id}_row")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.icon_label = QLabel()
        self.icon_label.setPixmap(icon(spec.icon).pixmap(QSize(32, 32)))
        self.name_label = WrappingLabel(objectName=f"module_{spec.id}_name")
        self.name_label.setWordWrap(True)
        self.description = WrappingLabel(objectName=f"module_{spec.id}_description")
        self.description.setWordWrap(True)
        self.state_label = QLabel(objectName=f"module_{spec.id}_state")
        self.install_button = QPushButton(objectName=f"module_{spec.id}_install")
        self.settings_button = QPushButton(objectName=f"module_{spec.id}_settings")
        self.uninstall_button = QPushButton(objectName=f"module_{spec.id}_uninstall")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.install_button, self.settings_button, self.uninstall_button):
            buttons.addWidget(button)
        grid = QGridLayout(self)
        grid.addWidget(self.icon_label, 0, 0, 3, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.name_label, 0, 1)
        grid.addWidget(self.description, 1, 1)
        grid.addWidget(self.state_label, 2, 1)
        grid.addLayout(buttons, 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)

    def set_installed(self, installed: bool) -> None:
        self.installed = installed
        self.install_button.setVisible(not installed)
        self.settings_button.setVisible(installed)
        self.uninstall_button.setVisible(installed)
        self.retranslate()

    def retranslate(self) -> None:
        name = QCoreApplication.translate(TR_CONTEXT, self.spec.name)
        self.name_label.setText(f"<b>{name}</b>")
        self.description.setText(QCoreApplication.translate(TR_CONTEXT, self.spec.description))
        installed = getattr(self, "installed", False)
        self.state_label.setText(self.tr("Installed") if installed else self.tr("Not installed"))
        self.state_label.setStyleSheet("color: #1b7f3b;" if installed else "color: #7a7a7a;")
        self.install_button.setText(self.tr("Install"))
        self.settings_button.setText(self.tr("Settings"))
        self.uninstall_button.setText(self.tr("Remove"))


class ModulesDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        modules: ModuleService | None = None,
    ) -> None:
        """``modules``: the app's ``services.modules`` unless given (a test's own registry)."""
        super().__init__(parent)
        self.setObjectName("modules_dialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = context
        self.registry = modules or context.services.modules
        self.rows: dict[str, ModuleRow] = {}
        self.pages: dict[str, QWidget] = {}
        self.stack = QStackedWidget(objectName="module_settings_stack")
        self.placeholder = QLabel(objectName="module_settings_placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack.addWidget(self.placeholder)
        self.intro = WrappingLabel()
        self.intro.setWordWrap(True)
        column = QVBoxLayout()
        column.addWidget(self.intro)
        installed = self.registry.installed()
        specs = self.registry.specs()
        for spec in specs:
            row = ModuleRow(spec, self)
            row.set_installed(spec.id in installed)
            row.install_button.clicked.connect(lambda _=False, m=spec.id: self.install(m))
            row.settings_button.clicked.connect(lambda _=False, m=spec.id: self.show_settings(m))
            row.uninstall_button.clicked.connect(lambda _=False, m=spec.id: self.uninstall(m))
            self.rows[spec.id] = row
            column.addWidget(row)
        column.addStretch(1)
        side = QWidget()
        side.setLayout(column)
        side.setFixedWidth(320)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(side)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 480)  # grows when a settings page is shown
        self.retranslate()
        first = next((s.id for s in specs if s.id in installed), None)
        if first is not None:
            self.show_settings(first)

    def install(self, module_id: str) -> None:
        self.registry.install(module_id)
        self.rows[module_id].set_installed(True)
        self.context.events.modules_changed.emit()
        self.show_settings(module_id)

    def show_settings(self, module_id: str) -> None:
        page = self.pages.get(module_id)
        if page is None:
            page = create_settings_widget(self.registry.spec(module_id), self.context, self.stack)
            if page is None:
                return
            self.pages[module_id] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        resize_to_fit(
            self,
            max(self.width(), SETTINGS_SIZE.width()),
            max(self.height(), SETTINGS_SIZE.height()),
        )

    def uninstall(self, module_id: str) -> bool:
        name = QCoreApplication.translate(TR_CONTEXT, self.registry.spec(module_id).name)
        box = QMessageBox(self)
        box.setObjectName("module_remove_dialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Remove module"))
        box.setText(self.tr("Remove “%1”? Its settings and any stored password are deleted from this computer.").replace("%1", name))  # fmt: skip
        yes = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        yes.setObjectName("module_remove_confirm")
        no = box.addButton(QMessageBox.StandardButton.Cancel)
        no.setObjectName("module_remove_cancel")
        box.setDefaultButton(no)
        box.exec()
        accepted = box.clickedButton() is yes
        box.deleteLater()
        if not accepted:
            return False
        page = self.pages.pop(module_id, None)
        if page is not None:
            self._shutdown(page)
            self.stack.removeWidget(page)
            page.deleteLater()
        self.registry.uninstall(module_id)
        self.rows[module_id].set_installed(False)
        self.stack.setCurrentWidget(self.placeholder)
        self.context.events.modules_changed.emit()
        return True

    @staticmethod
    def _shutdown(page: QWidget) -> None:
        shutdown = getattr(page, "shutdown", None)
        if callable(shutdown):
            shutdown()

    def done(self, result: int) -> None:
        for page in self.pages.values():
            self._shutdown(page)
        super().done(result)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Modules"))
        self.intro.setText(
            self.tr("Modules connect Faktura to other services. Install one to set it up.")
        )
        self.placeholder.setText(
            self.tr(
                "Install a module, or choose “Settings” on an installed one, to set it up here."
            )
        )
        for row in self.rows.values():
            row.retranslate()
