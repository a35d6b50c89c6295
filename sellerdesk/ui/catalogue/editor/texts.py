"""The Texts tab: a tab per language with title and description, each showing how complete it is
and checking the marketplaces' limits while the owner types."""

from __future__ import annotations

from functools import cache

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sellerdesk.catalogue.limits import (
    Completeness,
    EffectiveLimits,
    TextCheck,
    TextProblem,
    check_text,
)
from sellerdesk.i18n import LISTING_LANGUAGES, Formatter
from sellerdesk.ui import labels
from sellerdesk.ui.catalogue.editor.description import DescriptionEditor
from sellerdesk.ui.jobs import Jobs

translate = QCoreApplication.translate
# Offered under "Add language": the languages marketplaces list in, beyond the usual five.
MORE_LANGUAGES = ("pt", "nl", "pl", "sv", "da", "fi", "no", "cs", "sk", "hu", "ro", "el",
                  "tr", "ru", "uk", "ar", "he", "ja", "ko", "zh", "th", "vi", "id")
DOT_COLOURS = {Completeness.COMPLETE: "#2e7d32", Completeness.PARTIAL: "#ef8f00",
               Completeness.MISSING: "#9e9e9e"}


@cache
def completeness_icon(state: Completeness) -> QIcon:
    """A dot: filled green (complete), filled amber (partial), hollow grey (missing)."""
    pixmap = QPixmap(24, 24)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(DOT_COLOURS[state])
    pen = painter.pen()
    pen.setColor(colour)
    pen.setWidthF(2.5)
    painter.setPen(pen)
    if state != Completeness.MISSING:
        painter.setBrush(colour)
    painter.drawEllipse(5, 5, 14, 14)
    painter.end()
    return QIcon(pixmap)


def language_label(code: str, ui_locale: str) -> str:
    """The language's name in the UI language: "Inglese", "Portoghese"."""
    name = labels.language_name(code)
    if name != code:
        return name
    try:
        found = Locale.parse(ui_locale).languages.get(code)
    except (ValueError, UnknownLocaleError):
        found = None
    return found[:1].upper() + found[1:] if found else code


def describe_check(check: TextCheck, limits: EffectiveLimits) -> str:
    if check.completeness == Completeness.COMPLETE:
        return translate("TextsTab", "Complete")
    words = []
    for problem in check.problems:
        if problem == TextProblem.NO_TITLE:
            words.append(translate("TextsTab", "No title: the listing does not show in this "
                                               "language"))
        elif problem == TextProblem.NO_DESCRIPTION:
            words.append(translate("TextsTab", "No description yet"))
        elif problem == TextProblem.TITLE_TOO_LONG:
            words.append(translate("TextsTab", "Title too long for %1 (at most %2 characters)")
                         .replace("%1", limits.title_by).replace("%2", str(limits.title_max)))
        elif problem == TextProblem.DESCRIPTION_TOO_LONG:
            words.append(translate("TextsTab", "Description too long for %1 (at most %2 "
                                               "characters)")
                         .replace("%1", limits.description_by)
                         .replace("%2", str(limits.description_max)))
    return "; ".join(words)


class LanguagePage(QWidget):
    changed = Signal()

    def __init__(self, language: str, jobs: Jobs, formatter: Formatter,
                 limits: EffectiveLimits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._fmt = formatter
        self._limits = limits
        self.title = QLineEdit(self)
        self.title.setObjectName(f"title_{language}")
        self.title.setAccessibleName(translate("TextsTab", "Title"))
        self.title.textChanged.connect(self._changed)
        self.title_counter = QLabel(self)
        self.title_counter.setMinimumWidth(80)
        self.title_counter.setAlignment(Qt.AlignmentFlag.AlignRight
                                        | Qt.AlignmentFlag.AlignVCenter)
        self.description = DescriptionEditor(jobs, formatter, self)
        self.description.limit = limits.description_max
        self.description.changed.connect(self._changed)
        self.state = QLabel(self)
        self.state.setObjectName("completeness")
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.title_counter)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("TextsTab", "Title:"), title_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.description, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.state, 1)
        bottom.addWidget(QLabel(translate("TextsTab", "Description length:"), self))
        bottom.addWidget(self.description.counter)
        layout.addLayout(bottom)
        self.check = check_text("", "", limits)

    def set_text(self, title: str, description: str) -> None:
        self.title.blockSignals(True)
        self.title.setText(title)
        self.title.blockSignals(False)
        self.description.set_text(description)
        self._refresh()

    def text(self) -> dict[str, str]:
        return {"title": self.title.text().strip(), "description": self.description.text()}

    def _changed(self) -> None:
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        self.check = check_text(self.title.text(), self.description.text(), self._limits)
        maximum = self._limits.title_max
        length = self.check.title_length
        if maximum is None:
            self.title_counter.setText(self._fmt.number(length))
        else:
            self.title_counter.setText(f"{self._fmt.number(length)} / {maximum}")
            over = length > maximum
            self.title_counter.setStyleSheet("color: #c62828; font-weight: bold" if over else "")
            self.title_counter.setToolTip(
                translate("TextsTab", "%1 accepts titles of at most %2 characters")
                .replace("%1", self._limits.title_by).replace("%2", str(maximum)))
        self.state.setText(describe_check(self.check, self._limits))


class TextsTab(QWidget):
    changed = Signal()

    def __init__(self, jobs: Jobs, formatter: Formatter, limits: EffectiveLimits,
                 ui_locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self._fmt = formatter
        self._limits = limits
        self._ui_locale = ui_locale
        self.main_language = "it"
        self.pages: dict[str, LanguagePage] = {}
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("languageTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self._close_tab)
        self.add_button = QToolButton(self)
        self.add_button.setText("+ " + translate("TextsTab", "Add language"))
        self.add_button.setAutoRaise(True)
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_menu = QMenu(self.add_button)
        self.add_menu.aboutToShow.connect(self._fill_menu)
        self.add_button.setMenu(self.add_menu)
        self.tabs.setCornerWidget(self.add_button, Qt.Corner.TopRightCorner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    # -- contents --------------------------------------------------------------------------

    def set_texts(self, texts: dict[str, dict[str, str]], main_language: str) -> None:
        self.main_language = main_language
        languages = list(dict.fromkeys([main_language, *LISTING_LANGUAGES, *sorted(texts)]))
        for language in languages:
            page = self.add_language(language, select=False)
            text = texts.get(language, {})
            page.set_text(text.get("title", ""), text.get("description", ""))
        self.tabs.setCurrentIndex(0)
        self._refresh_tabs()

    def texts(self) -> dict[str, dict[str, str]]:
        return {language: page.text() for language, page in self.pages.items()}

    def page(self, language: str) -> LanguagePage:
        return self.pages[language]

    def add_language(self, language: str, *, select: bool = True) -> LanguagePage:
        if language in self.pages:
            page = self.pages[language]
        else:
            page = LanguagePage(language, self._jobs, self._fmt, self._limits, self)
            page.changed.connect(self._page_changed)
            self.pages[language] = page
            self.tabs.addTab(page, language_label(language, self._ui_locale))
            self._refresh_tabs()
        if select:
            self.tabs.setCurrentWidget(page)
            page.title.setFocus()
        return page

    def set_main_language(self, language: str) -> None:
        self.main_language = language
        self.add_language(language, select=False)
        self._refresh_tabs()

    def _close_tab(self, index: int) -> None:
        page = self.tabs.widget(index)
        if not isinstance(page, LanguagePage) or page.language in LISTING_LANGUAGES \
                or page.language == self.main_language:
            return
        page.set_text("", "")  # saved as an empty text: the translation is gone
        self.tabs.removeTab(index)
        self.changed.emit()

    def _fill_menu(self) -> None:
        self.add_menu.clear()
        for code in MORE_LANGUAGES:
            if code in self.pages and self.tabs.indexOf(self.pages[code]) >= 0:
                continue
            action = self.add_menu.addAction(language_label(code, self._ui_locale))
            action.triggered.connect(lambda _c=False, c=code: self._readd(c))

    def _readd(self, code: str) -> None:
        page = self.pages.get(code)
        if page is not None and self.tabs.indexOf(page) < 0:
            self.tabs.addTab(page, language_label(code, self._ui_locale))
            self._refresh_tabs()
        self.add_language(code)

    def _page_changed(self) -> None:
        self._refresh_tabs()
        self.changed.emit()

    def _refresh_tabs(self) -> None:
        bar = self.tabs.tabBar()
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if not isinstance(page, LanguagePage):
                continue
            state = page.check.completeness
            self.tabs.setTabIcon(index, completeness_icon(state))
            tip = describe_check(page.check, self._limits)
            if page.language == self.main_language:
                tip = translate("TextsTab", "Main language") + " — " + tip
            self.tabs.setTabToolTip(index, tip)
            closable = (page.language not in LISTING_LANGUAGES
                        and page.language != self.main_language)
            for side in (bar.ButtonPosition.RightSide, bar.ButtonPosition.LeftSide):
                button = bar.tabButton(index, side)
                if button is not None:
                    button.setVisible(closable)

    def completeness(self) -> dict[str, Completeness]:
        return {language: page.check.completeness for language, page in self.pages.items()
                if self.tabs.indexOf(page) >= 0}
