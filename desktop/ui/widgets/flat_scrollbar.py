"""A flat scroll bar for the invoice list, cheap to repaint on every keystroke.

The list's scroll range changes with each search, so its scroll bar repaints as the user
types.  Fusion paints the groove and a full-length slider with gradients: 3–9 ms per repaint
at list height, half of the 16 ms a keystroke may take.  This style draws the same shapes in
flat palette colours, and leaves the arrow buttons, sizes and hit areas to the application
style, so the bar looks and behaves as before.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOptionComplex, QStyleOptionSlider, QWidget

_GROOVE = QStyle.SubControl.SC_ScrollBarGroove
_SLIDER = QStyle.SubControl.SC_ScrollBarSlider
_PAGES = QStyle.SubControl.SC_ScrollBarAddPage | QStyle.SubControl.SC_ScrollBarSubPage
_SCROLL_BAR = QStyle.ComplexControl.CC_ScrollBar


class FlatScrollBarStyle(QProxyStyle):
    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if control != _SCROLL_BAR or not isinstance(option, QStyleOptionSlider):
            super().drawComplexControl(control, option, painter, widget)
            return
        window = option.palette.color(QPalette.ColorRole.Window)
        groove = self.subControlRect(control, option, _GROOVE, widget)  # type: ignore[arg-type]
        painter.fillRect(option.rect, window)
        painter.fillRect(groove, window.darker(105))
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        if enabled and option.maximum > option.minimum:
            slider = self.subControlRect(control, option, _SLIDER, widget)  # type: ignore[arg-type]
            self._slider(option, painter, slider)
        rest = QStyleOptionSlider(option)  # the arrow buttons, as the application style draws them
        rest.subControls = option.subControls & ~(_GROOVE | _SLIDER | _PAGES)
        if rest.subControls:
            super().drawComplexControl(control, rest, painter, widget)

    @staticmethod
    def _slider(option: QStyleOptionSlider, painter: QPainter, rect: QRect) -> None:
        """Fusion's shape and colours, without its gradients."""
        palette = option.palette
        fill = palette.color(QPalette.ColorRole.Button).lighter(106)
        if option.activeSubControls & _SLIDER:
            sunken = option.state & QStyle.StateFlag.State_Sunken
            fill = fill.darker(110) if sunken else fill.lighter(104)
        painter.fillRect(rect.adjusted(1, 1, -1, -1), fill)
        painter.setPen(palette.color(QPalette.ColorRole.Window).darker(140))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(0, 0, -1, -1))


@cache
def flat_scroll_bar_style() -> FlatScrollBarStyle:
    """One instance for the process: a widget does not own the style it is given."""
    return FlatScrollBarStyle()
