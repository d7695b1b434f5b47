#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace pjl {

namespace {

const QString kDirectory = u":/i18n"_s;
const QString kEnglish = u"en"_s;

} // namespace

Translations::~Translations()
{
    remove();
}

QStringList Translations::languages()
{
    QStringList out{kEnglish};
    const QStringList files = QDir(kDirectory).entryList({u"pgjsonload_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString language = file.mid(11, file.size() - 11 - 3); // pgjsonload_XX.qm
        if (!out.contains(language))
            out.append(language);
    }
    return out;
}

QString Translations::install(const QString &language)
{
    remove();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Installed translators are searched last-installed first: the chosen language's texts win,
    // then English plural forms ("1 file", which the source's "%n file(s)" is not), then Qt's.
    if (m_qt.load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    if (m_english.load(u"pgjsonload_en"_s, kDirectory))
        QCoreApplication::installTranslator(&m_english);
    m_installed = true;
    // English is the source language: a system that prefers it must not fall through to a
    // language further down its list. (uiLanguages, not language(): LC_MESSAGES counts for texts.)
    const QStringList preferred = locale.uiLanguages();
    const QLocale first = preferred.isEmpty() ? locale : QLocale(preferred.first());
    if (first.language() == QLocale::English || first.language() == QLocale::C)
        return kEnglish;
    if (!m_own.load(locale, u"pgjsonload"_s, u"_"_s, kDirectory) || m_own.language() == kEnglish)
        return kEnglish;
    QCoreApplication::installTranslator(&m_own);
    return m_own.language();
}

void Translations::remove()
{
    if (!m_installed)
        return;
    for (QTranslator *translator : {&m_own, &m_english, &m_qt})
        QCoreApplication::removeTranslator(translator);
    m_installed = false;
}

} // namespace pjl
