#pragma once

#include <QString>
#include <QStringList>
#include <QTranslator>

namespace pjl {

// The application's translators: Qt's own texts (qtbase, from Qt's translations directory), the
// English plural forms and pgjsonload's texts in one language, embedded under :/i18n by the
// build. Both executables install one at start; the CLI follows the locale, the window the
// language chosen in its settings. Removes what it installed when destroyed.
class Translations final
{
    Q_DISABLE_COPY_MOVE(Translations)

public:
    Translations() = default;
    ~Translations();

    // Languages pgjsonload has texts in, as ISO 639 codes: "en" first, then the translations.
    static QStringList languages();

    // language "" follows the system: LANGUAGE, LC_ALL, LC_MESSAGES, LANG (QLocale::system()'s UI
    // languages). Returns the language the texts are in, "en" when there is no translation.
    // Installing again replaces the earlier translators; widgets built before keep their texts.
    QString install(const QString &language = {});
    void remove();

private:
    QTranslator m_qt;
    QTranslator m_english;
    QTranslator m_own;
    bool m_installed = false;
};

} // namespace pjl
