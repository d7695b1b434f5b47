#include "appsettings.h"

#include "loadprofile.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pjl {

QStringList AppSettings::recentProfiles() const
{
    return m_settings.value(u"recent/profiles"_s).toStringList();
}

void AppSettings::addRecentProfile(const QString &path)
{
    QStringList list = recentProfiles();
    const QString clean = QDir::cleanPath(path);
    list.removeAll(clean);
    list.prepend(clean);
    while (list.size() > kMaxRecent)
        list.removeLast();
    m_settings.setValue(u"recent/profiles"_s, list);
}

void AppSettings::removeRecentProfile(const QString &path)
{
    QStringList list = recentProfiles();
    list.removeAll(QDir::cleanPath(path));
    m_settings.setValue(u"recent/profiles"_s, list);
}

QList<ConnectionSettings> AppSettings::recentConnections() const
{
    QList<ConnectionSettings> out;
    const QStringList list = m_settings.value(u"recent/connections"_s).toStringList();
    for (const QString &json : list) {
        const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
        if (!o.isEmpty())
            out.append(LoadProfile::connectionFromJson(o));
    }
    return out;
}

void AppSettings::addRecentConnection(const ConnectionSettings &settings)
{
    const QString json = QString::fromUtf8(
        QJsonDocument(LoadProfile::connectionToJson(settings)).toJson(QJsonDocument::Compact));
    QStringList list = m_settings.value(u"recent/connections"_s).toStringList();
    list.removeAll(json);
    list.prepend(json);
    while (list.size() > kMaxRecent)
        list.removeLast();
    m_settings.setValue(u"recent/connections"_s, list);
}

bool AppSettings::keepSandboxRunning() const
{
    return m_settings.value(u"sandbox/keepRunning"_s, false).toBool();
}

void AppSettings::setKeepSandboxRunning(bool keep)
{
    m_settings.setValue(u"sandbox/keepRunning"_s, keep);
}

ConnectionSettings AppSettings::lastConnection() const
{
    const QList<ConnectionSettings> recent = recentConnections();
    return recent.isEmpty() ? ConnectionSettings() : recent.first();
}

LoadOptions AppSettings::loadOptions() const
{
    LoadOptions o;
    o.chunkRows = m_settings.value(u"load/chunk"_s, o.chunkRows).toInt();
    o.workers = m_settings.value(u"load/workers"_s, o.workers).toInt();
    o.createTable = m_settings.value(u"load/createTable"_s, o.createTable).toBool();
    o.recursive = m_settings.value(u"load/recursive"_s, o.recursive).toBool();
    o.validateFirst = m_settings.value(u"load/validateFirst"_s, o.validateFirst).toBool();
    const int form = m_settings.value(u"load/recordForm"_s, int(o.recordForm)).toInt();
    if (form >= int(RecordForm::Auto) && form <= int(RecordForm::AsRead))
        o.recordForm = RecordForm(form);
    // Out-of-range values (a hand-edited file) fall back to the defaults, as the dialog's limits say.
    const auto megabytes = [this](const QString &key, qint64 fallback, qint64 max) {
        const qint64 mb = m_settings.value(key, fallback >> 20).toLongLong();
        return mb >= 1 && mb <= max ? mb << 20 : fallback;
    };
    o.maxRecordBytes = megabytes(u"load/maxRecordMb"_s, o.maxRecordBytes, LoadOptions::kMaxRecordMb);
    o.chunkBytes = megabytes(u"load/chunkMb"_s, o.chunkBytes, LoadOptions::kMaxChunkMb);
    const qint64 commitMb = m_settings.value(u"load/commitMb"_s, o.commitBytes >> 20).toLongLong();
    if (commitMb >= 0 && commitMb <= LoadOptions::kMaxCommitMb)
        o.commitBytes = commitMb << 20;
    const int retry = m_settings.value(u"load/retrySeconds"_s, o.retrySeconds).toInt();
    if (retry >= 1 && retry <= LoadOptions::kMaxRetrySeconds)
        o.retrySeconds = retry;
    o.synchronousCommit = m_settings.value(u"load/synchronousCommit"_s, o.synchronousCommit).toBool();
    o.lz4Compression = m_settings.value(u"load/lz4Compression"_s, o.lz4Compression).toBool();
    if (m_settings.value(u"load/copyFormat"_s).toString() == u"text"_s)
        o.copyFormat = CopyFormat::Text;
    return o;
}

void AppSettings::setLoadOptions(const LoadOptions &options)
{
    m_settings.setValue(u"load/chunk"_s, options.chunkRows);
    m_settings.setValue(u"load/workers"_s, options.workers);
    m_settings.setValue(u"load/createTable"_s, options.createTable);
    m_settings.setValue(u"load/recursive"_s, options.recursive);
    m_settings.setValue(u"load/validateFirst"_s, options.validateFirst);
    m_settings.setValue(u"load/recordForm"_s, int(options.recordForm));
    m_settings.setValue(u"load/maxRecordMb"_s, options.maxRecordBytes >> 20);
    m_settings.setValue(u"load/chunkMb"_s, options.chunkBytes >> 20);
    m_settings.setValue(u"load/commitMb"_s, options.commitBytes >> 20);
    m_settings.setValue(u"load/retrySeconds"_s, options.retrySeconds);
    m_settings.setValue(u"load/synchronousCommit"_s, options.synchronousCommit);
    m_settings.setValue(u"load/lz4Compression"_s, options.lz4Compression);
    m_settings.setValue(u"load/copyFormat"_s,
                        options.copyFormat == CopyFormat::Text ? u"text"_s : u"binary"_s);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(u"window/geometry"_s).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(u"window/state"_s).toByteArray();
}

QByteArray AppSettings::splitterState() const
{
    return m_settings.value(u"window/splitter"_s).toByteArray();
}

void AppSettings::setWindowLayout(const QByteArray &geometry, const QByteArray &state,
                                  const QByteArray &splitter)
{
    m_settings.setValue(u"window/geometry"_s, geometry);
    m_settings.setValue(u"window/state"_s, state);
    m_settings.setValue(u"window/splitter"_s, splitter);
}

QString AppSettings::language() const
{
    return m_settings.value(u"ui/language"_s).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    if (language.isEmpty())
        m_settings.remove(u"ui/language"_s);
    else
        m_settings.setValue(u"ui/language"_s, language);
}

} // namespace pjl
