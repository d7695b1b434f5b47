#include "languagemenu.h"

#include "appsettings.h"
#include "translations.h"

#include <QActionGroup>
#include <QLocale>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace pjl {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(u"languageMenu"_s);
    const QString current = AppSettings().language();
    auto add = [this, &current](const QString &text, const QString &language) {
        QAction *action = addAction(text);
        action->setObjectName(u"actionLanguage_"_s + (language.isEmpty() ? u"system"_s : language));
        action->setCheckable(true);
        action->setChecked(language == current);
        action->setData(language);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { choose(language); });
    };
    add(tr("&System Default"), QString());
    addSeparator();
    const QStringList languages = Translations::languages();
    for (const QString &language : languages)
        add(languageName(language), language);
    if (!m_group->checkedAction()) // a language this build has no texts for
        m_group->actions().constFirst()->setChecked(true);
}

QString LanguageMenu::chosenLanguage() const
{
    const QAction *checked = m_group->checkedAction();
    return checked ? checked->data().toString() : QString();
}

QString LanguageMenu::languageName(const QString &language)
{
    // Not translated: whoever cannot read the current language still finds their own.
    const QLocale locale(language);
    if (locale.language() == QLocale::English)
        return QLocale::languageToString(QLocale::English); // not "American English"
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? language : name.left(1).toUpper() + name.mid(1);
}

void LanguageMenu::choose(const QString &language)
{
    AppSettings settings;
    if (settings.language() == language)
        return;
    settings.setLanguage(language);
    Q_EMIT languageChosen(language);
    const QString text =
        language.isEmpty() ? tr("pgjsonload will follow the system's language from its next start.")
                           : tr("pgjsonload will be in %1 from its next start.").arg(languageName(language));
    auto *box = new QMessageBox(QMessageBox::Information, tr("Language"), text, QMessageBox::Ok,
                                parentWidget() ? parentWidget()->window() : nullptr);
    box->setObjectName(u"languageMessage"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // not exec(): nothing waits for it
}

} // namespace pjl
