#pragma once

#include "connectionsettings.h"
#include "loadplan.h"

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace pjl {

// What the application remembers between sessions (QSettings, written lazily by Qt): recent
// profiles, recent connections (never a password), the last load settings, the window layout and
// the language.
// "Empty the tables first" is deliberately not remembered.
class AppSettings final
{
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    static constexpr int kMaxRecent = 8;

    AppSettings() = default;

    QStringList recentProfiles() const;
    void addRecentProfile(const QString &path);
    void removeRecentProfile(const QString &path);

    QList<ConnectionSettings> recentConnections() const;
    void addRecentConnection(const ConnectionSettings &settings);
    ConnectionSettings lastConnection() const; // the most recent, or libpq's defaults

    // Whether the local sandbox PostgreSQL this application started keeps running when it quits.
    bool keepSandboxRunning() const;
    void setKeepSandboxRunning(bool keep);

    LoadOptions loadOptions() const;
    void setLoadOptions(const LoadOptions &options);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    QByteArray splitterState() const;
    void setWindowLayout(const QByteArray &geometry, const QByteArray &state, const QByteArray &splitter);

    // The window's language, as Translations::install takes it: "" = the system's, "en", "de".
    QString language() const;
    void setLanguage(const QString &language);

private:
    mutable QSettings m_settings;
};

} // namespace pjl
