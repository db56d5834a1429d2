"""Loading the interface language: our ``.qm`` plus Qt's own, so stock dialogs match.

After Picard: Qt's ``qt_<lang>`` / ``qtbase_<lang>`` catalogues translate message-box buttons
and file dialogs.  Switching language at run time replaces the translators; Qt then sends
``LanguageChange`` to every widget, which re-applies its texts in ``retranslate``.
"""

from __future__ import annotations

import locale
import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.options import LANGUAGES
from desktop.paths import i18n_dir
from desktop.ui.shell.pseudo import install_pseudo_translator

log = logging.getLogger(__name__)

LANGUAGE_NAMES = {"en": "English", "lt": "Lietuvių", "cs": "Čeština"}
QT_LOCALES = {"en": "en_GB", "lt": "lt_LT", "cs": "cs_CZ"}

_installed: list[QTranslator] = []


def system_language() -> str:
    name = QLocale.system().name()[:2].lower()
    if name not in LANGUAGES:
        name = (locale.getlocale()[0] or "en")[:2].lower()
    return name if name in LANGUAGES else "en"


def install_translators(lang: str) -> list[str]:
    """Replace the active translators; returns the catalogues that loaded (for --self-test)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QT_LOCALES.get(lang, "en_GB")))
    loaded: list[str] = []
    if app is None:
        return loaded + install_pseudo_translator(app, _installed)  # i18n: pseudo switch
    candidates = [(f"desktop_{lang}", str(i18n_dir()))]  # English: its plural forms only
    if lang != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates += [(f"qtbase_{lang}", qt_dir), (f"qt_{lang}", qt_dir)]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
        else:
            log.debug("No translation catalogue %s in %s", name, folder)
    return loaded + install_pseudo_translator(app, _installed)  # i18n: pseudo switch
