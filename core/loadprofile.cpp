#include "loadprofile.h"

#include "connectionsecrets.h"
#include "fileexpander.h"
#include "tablename.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pjl {

namespace {

// "~/x" and relative paths, as a user of the profile file would expect them.
QString resolvePath(const QString &path, const QString &baseDirectory)
{
    if (path.isEmpty())
        return path;
    QString p = QDir::fromNativeSeparators(path);
    if (p == u"~"_s || p.startsWith(u"~/"_s))
        p = QDir::homePath() + p.mid(1);
    if (QDir::isRelativePath(p) && !baseDirectory.isEmpty())
        p = QDir(baseDirectory).filePath(p);
    return QDir::cleanPath(p);
}

QString lineAndColumn(const QByteArray &json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return LoadProfile::tr("line %1, column %2").arg(line).arg(column);
}

// Reads an optional whole number within [min, max]; false (with a message) when it is not one.
bool readNumber(const QJsonObject &object, const QString &section, const QString &key, qint64 min, qint64 max,
                qint64 *out, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    const double d = value.toDouble(-1);
    if (!value.isDouble() || d < double(min) || d > double(max) || d != std::floor(d)) {
        *error = LoadProfile::tr("\"%1.%2\" must be a whole number from %3 to %4.")
                     .arg(section, key)
                     .arg(min)
                     .arg(max);
        return false;
    }
    *out = qint64(d);
    return true;
}

bool readBool(const QJsonObject &object, const QString &section, const QString &key, bool *out,
              QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isBool()) {
        *error = LoadProfile::tr("\"%1.%2\" must be true or false.").arg(section, key);
        return false;
    }
    *out = value.toBool();
    return true;
}

bool readString(const QJsonObject &object, const QString &section, const QString &key, QString *out,
                QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (value.isDouble() && key == u"port"_s) { // "port": 5432 is what people write
        *out = QString::number(value.toInteger());
        return true;
    }
    if (!value.isString()) {
        *error = LoadProfile::tr("\"%1.%2\" must be a string.").arg(section, key);
        return false;
    }
    *out = value.toString();
    return true;
}

} // namespace

void LoadProfile::setPlan(const LoadPlan &plan)
{
    m_plan = plan;
    m_plan.connection = withoutPassword(plan.connection);
}

ConnectionSettings LoadProfile::withoutPassword(const ConnectionSettings &settings)
{
    ConnectionSettings out = settings;
    out.password.clear();
    out.dsn = dsnWithoutPassword(settings.dsn);
    return out;
}

QString LoadProfile::dsnWithoutPassword(const QString &dsn)
{
    const QString trimmed = dsn.trimmed();
    if (trimmed.startsWith(u"postgresql://"_s, Qt::CaseInsensitive) ||
        trimmed.startsWith(u"postgres://"_s, Qt::CaseInsensitive)) {
        // Where libpq reads secrets (a password may hold '?' or '/'): ConnectionSecrets knows.
        QByteArray out = trimmed.toUtf8();
        const auto spans = ConnectionSecrets::find(out);
        for (auto span = spans.crbegin(); span != spans.crend(); ++span) {
            if (out.at(span->start - 1) == ':') { // user:password@
                out.remove(span->start - 1, span->length + 1);
                continue;
            }
            // ?key=value or &key=value: the whole parameter goes, and one separator with it.
            const qsizetype separator =
                std::max(out.lastIndexOf('&', span->start), out.lastIndexOf('?', span->start));
            const qsizetype end = span->start + span->length;
            if (end < out.size() && out.at(end) == '&')
                out.remove(separator + 1, end + 1 - (separator + 1));
            else
                out.remove(separator, end - separator);
        }
        return QString::fromUtf8(out);
    }
    // keyword = value pairs; a value may be single-quoted with backslash escapes. The key's
    // passphrase (sslpassword) is as secret as the password.
    static const QRegularExpression password(
        uR"((^|\s)(?:ssl)?password\s*=\s*('(?:[^'\\]|\\.)*'|(?:\\.|\S)*))"_s);
    QString out = trimmed;
    out.replace(password, u"\\1"_s);
    return out.simplified();
}

QJsonObject LoadProfile::connectionToJson(const ConnectionSettings &settings)
{
    QJsonObject o;
    const auto put = [&o](const QString &key, const QString &value) {
        if (!value.isEmpty())
            o.insert(key, value);
    };
    put(u"dsn"_s, dsnWithoutPassword(settings.dsn));
    put(u"host"_s, settings.host);
    put(u"port"_s, settings.port);
    put(u"database"_s, settings.database);
    put(u"user"_s, settings.user);
    put(u"sslmode"_s, settings.sslMode);
    put(u"sslrootcert"_s, settings.sslRootCert);
    put(u"sslcert"_s, settings.sslCert);
    put(u"sslkey"_s, settings.sslKey); // where the key is, never the key or its passphrase
    if (settings.local)
        o.insert(u"local"_s, true);
    put(u"local_dir"_s, settings.localDirectory);
    put(u"pg_bindir"_s, settings.localBinDirectory);
    if (settings.connectTimeoutSeconds != ConnectionSettings().connectTimeoutSeconds)
        o.insert(u"connect_timeout"_s, settings.connectTimeoutSeconds);
    return o;
}

ConnectionSettings LoadProfile::connectionFromJson(const QJsonObject &o)
{
    ConnectionSettings s;
    s.dsn = o.value(u"dsn"_s).toString();
    s.host = o.value(u"host"_s).toString();
    s.port = o.value(u"port"_s).isDouble() ? QString::number(o.value(u"port"_s).toInteger())
                                           : o.value(u"port"_s).toString();
    s.database = o.value(u"database"_s).toString();
    s.user = o.value(u"user"_s).toString();
    s.sslMode = o.value(u"sslmode"_s).toString();
    s.sslRootCert = o.value(u"sslrootcert"_s).toString();
    s.sslCert = o.value(u"sslcert"_s).toString();
    s.sslKey = o.value(u"sslkey"_s).toString();
    s.local = o.value(u"local"_s).toBool();
    s.localDirectory = o.value(u"local_dir"_s).toString();
    s.localBinDirectory = o.value(u"pg_bindir"_s).toString();
    s.connectTimeoutSeconds = o.value(u"connect_timeout"_s).toInt(s.connectTimeoutSeconds);
    return s; // a "password" key, if someone wrote one by hand, is ignored on purpose
}

QByteArray LoadProfile::toJson() const
{
    QJsonObject root;
    root.insert(u"version"_s, kFormatVersion);
    root.insert(u"connection"_s, connectionToJson(m_plan.connection));

    const LoadOptions &o = m_plan.options;
    QJsonObject defaults;
    defaults.insert(u"chunk"_s, o.chunkRows);
    defaults.insert(u"workers"_s, o.workers);
    if (o.chunkBytes != LoadOptions().chunkBytes)
        defaults.insert(u"chunk_mb"_s, o.chunkBytes >> 20);
    if (o.commitBytes != LoadOptions().commitBytes)
        defaults.insert(u"commit_mb"_s, o.commitBytes >> 20);
    root.insert(u"defaults"_s, defaults);

    QJsonArray files;
    for (const LoadSource &source : m_plan.sources) {
        QJsonObject entry;
        entry.insert(FileExpander::hasWildcards(source.path) ? u"glob"_s : u"path"_s, source.path);
        entry.insert(u"table"_s, source.table);
        files.append(entry);
    }
    root.insert(u"files"_s, files);

    QJsonObject options;
    options.insert(u"create_table"_s, o.createTable);
    options.insert(u"truncate_first"_s, o.truncateFirst);
    options.insert(u"recursive"_s, o.recursive);
    options.insert(u"max_record_mb"_s, o.maxRecordBytes >> 20);
    if (!o.rejectsPath.isEmpty())
        options.insert(u"rejects"_s, o.rejectsPath);
    if (!o.journal)
        options.insert(u"journal"_s, false);
    if (o.recordForm != RecordForm::Auto)
        options.insert(u"record_form"_s, o.recordForm == RecordForm::Canonical ? u"canonical"_s : u"raw"_s);
    if (o.validateFirst)
        options.insert(u"validate_first"_s, true);
    if (!o.lz4Compression)
        options.insert(u"lz4_compression"_s, false);
    if (o.copyFormat == CopyFormat::Text)
        options.insert(u"copy_format"_s, u"text"_s);
    if (o.synchronousCommit)
        options.insert(u"synchronous_commit"_s, true);
    if (o.retrySeconds != LoadOptions().retrySeconds)
        options.insert(u"retry_seconds"_s, o.retrySeconds);
    root.insert(u"options"_s, options);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<LoadProfile> LoadProfile::fromJson(const QByteArray &json, const QString &baseDirectory)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::make(tr("It is not valid JSON: %1 (%2).")
                               .arg(parseError.errorString(), lineAndColumn(json, parseError.offset)));
    if (!doc.isObject())
        return Error::make(tr("It is not a pgjsonload profile: the file must hold one JSON object."));
    const QJsonObject root = doc.object();
    const QJsonValue version = root.value(u"version"_s);
    if (version.isUndefined())
        return Error::make(tr("It is not a pgjsonload profile: \"version\" is missing."));
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1)
        return Error::make(tr("\"version\" must be a whole number from 1."));
    if (version.toInt() > kFormatVersion)
        return Error::make(
            tr("The profile has format version %1, written by a newer pgjsonload; this version "
               "reads format %2 and older. Please update pgjsonload.")
                .arg(version.toInt())
                .arg(kFormatVersion));

    LoadPlan plan;
    QString error;
    const QJsonValue connectionValue = root.value(u"connection"_s);
    if (!connectionValue.isUndefined() && !connectionValue.isObject())
        return Error::make(tr("\"connection\" must be an object."));
    const QJsonObject connection = connectionValue.toObject();
    for (const QString &key : {u"dsn"_s, u"host"_s, u"port"_s, u"database"_s, u"user"_s, u"sslmode"_s,
                               u"sslrootcert"_s, u"sslcert"_s, u"sslkey"_s, u"local_dir"_s, u"pg_bindir"_s}) {
        QString ignored;
        if (!readString(connection, u"connection"_s, key, &ignored, &error))
            return Error::make(error);
    }
    qint64 timeout = ConnectionSettings().connectTimeoutSeconds;
    if (!readNumber(connection, u"connection"_s, u"connect_timeout"_s, 0, 3600, &timeout, &error))
        return Error::make(error);
    if (const QJsonValue local = connection.value(u"local"_s); !local.isUndefined() && !local.isBool())
        return Error::make(tr("\"connection.local\" must be true or false."));
    plan.connection = connectionFromJson(connection);
    plan.connection.connectTimeoutSeconds = int(timeout);
    if (!plan.connection.localDirectory.isEmpty())
        plan.connection.localDirectory = resolvePath(plan.connection.localDirectory, baseDirectory);
    if (!plan.connection.sslRootCert.isEmpty() && plan.connection.sslRootCert != u"system"_s)
        plan.connection.sslRootCert = resolvePath(plan.connection.sslRootCert, baseDirectory);
    for (QString *path : {&plan.connection.sslCert, &plan.connection.sslKey}) {
        if (!path->isEmpty())
            *path = resolvePath(*path, baseDirectory);
    }

    for (const QString &section : {u"defaults"_s, u"options"_s}) {
        const QJsonValue value = root.value(section);
        if (!value.isUndefined() && !value.isNull() && !value.isObject())
            return Error::make(tr("\"%1\" must be an object.").arg(section));
    }
    const QJsonObject defaults = root.value(u"defaults"_s).toObject();
    LoadOptions &o = plan.options;
    qint64 chunk = o.chunkRows;
    qint64 workers = o.workers;
    qint64 chunkMb = -1;
    qint64 commitMb = o.commitBytes >> 20;
    if (!readNumber(defaults, u"defaults"_s, u"chunk"_s, 1, LoadOptions::kMaxChunkRows, &chunk, &error) ||
        !readNumber(defaults, u"defaults"_s, u"commit_mb"_s, 0, LoadOptions::kMaxCommitMb, &commitMb,
                    &error) ||
        !readNumber(defaults, u"defaults"_s, u"workers"_s, 0, LoadOptions::kMaxWorkers, &workers, &error) ||
        !readNumber(defaults, u"defaults"_s, u"chunk_mb"_s, 1, LoadOptions::kMaxChunkMb, &chunkMb, &error))
        return Error::make(error);
    o.chunkRows = int(chunk);
    o.workers = int(workers);
    o.commitBytes = commitMb << 20;

    const QJsonObject options = root.value(u"options"_s).toObject();
    qint64 maxRecordMb = o.maxRecordBytes >> 20;
    qint64 retrySeconds = o.retrySeconds;
    QString rejects, recordForm, copyFormat;
    if (!readBool(options, u"options"_s, u"create_table"_s, &o.createTable, &error) ||
        !readBool(options, u"options"_s, u"truncate_first"_s, &o.truncateFirst, &error) ||
        !readBool(options, u"options"_s, u"recursive"_s, &o.recursive, &error) ||
        !readBool(options, u"options"_s, u"journal"_s, &o.journal, &error) ||
        !readBool(options, u"options"_s, u"validate_first"_s, &o.validateFirst, &error) ||
        !readBool(options, u"options"_s, u"lz4_compression"_s, &o.lz4Compression, &error) ||
        !readBool(options, u"options"_s, u"synchronous_commit"_s, &o.synchronousCommit, &error) ||
        !readNumber(options, u"options"_s, u"retry_seconds"_s, 1, LoadOptions::kMaxRetrySeconds,
                    &retrySeconds, &error) ||
        !readNumber(options, u"options"_s, u"max_record_mb"_s, 1, LoadOptions::kMaxRecordMb, &maxRecordMb,
                    &error) ||
        !readString(options, u"options"_s, u"rejects"_s, &rejects, &error) ||
        !readString(options, u"options"_s, u"record_form"_s, &recordForm, &error) ||
        !readString(options, u"options"_s, u"copy_format"_s, &copyFormat, &error))
        return Error::make(error);
    if (recordForm == u"canonical"_s)
        o.recordForm = RecordForm::Canonical;
    else if (recordForm == u"raw"_s)
        o.recordForm = RecordForm::AsRead;
    else if (recordForm == u"auto"_s)
        o.recordForm = RecordForm::Auto;
    else if (!recordForm.isEmpty())
        return Error::make(
            tr("\"options.record_form\" must be \"auto\", \"canonical\" or \"raw\", not \"%1\".")
                .arg(recordForm));
    if (copyFormat == u"text"_s)
        o.copyFormat = CopyFormat::Text;
    else if (copyFormat == u"binary"_s || copyFormat.isEmpty())
        o.copyFormat = CopyFormat::Binary;
    else
        return Error::make(
            tr("\"options.copy_format\" must be \"binary\" or \"text\", not \"%1\".").arg(copyFormat));
    o.maxRecordBytes = maxRecordMb << 20;
    o.retrySeconds = int(retrySeconds);
    o.chunkBytes = chunkMb > 0 ? chunkMb << 20 : LoadOptions().chunkBytes;
    o.rejectsPath = resolvePath(rejects, baseDirectory);

    const QJsonValue filesValue = root.value(u"files"_s);
    if (!filesValue.isArray())
        return Error::make(
            tr("\"files\" is missing: it lists the files, directories or glob patterns to load, "
               "each with its table."));
    const QJsonArray files = filesValue.toArray();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QJsonObject entry = files.at(i).toObject();
        const QString where = u"files[%1]"_s.arg(i);
        QString path;
        QString glob;
        QString table;
        if (!files.at(i).isObject())
            return Error::make(
                tr("\"%1\" must be an object with \"path\" (or \"glob\") and \"table\".").arg(where));
        if (!readString(entry, where, u"path"_s, &path, &error) ||
            !readString(entry, where, u"glob"_s, &glob, &error) ||
            !readString(entry, where, u"table"_s, &table, &error))
            return Error::make(error);
        if (path.isEmpty() == glob.isEmpty())
            return Error::make(tr("\"%1\" needs either \"path\" or \"glob\".").arg(where));
        if (table.trimmed().isEmpty())
            return Error::make(tr("\"%1\" has no \"table\".").arg(where));
        if (auto name = TableName::parse(table); !name)
            return Error::make(u"\"%1.table\": "_s.arg(where) + name.error().message);
        plan.sources.append({resolvePath(path.isEmpty() ? glob : path, baseDirectory), table});
    }

    LoadProfile profile;
    profile.setPlan(plan);
    // A hand-written DSN may carry a password; the CLI uses it as written, only saving drops it.
    profile.m_plan.connection.dsn = plan.connection.dsn;
    return profile;
}

Error LoadProfile::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(
            tr("Cannot write the profile %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray json = toJson();
    if (file.write(json) != json.size() || !file.commit())
        return Error::make(
            tr("Cannot write the profile %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

Result<LoadProfile> LoadProfile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            tr("Cannot open the profile %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    constexpr qint64 kMaxProfileBytes = 64 << 20;
    if (file.size() > kMaxProfileBytes)
        return Error::make(tr("The profile %1 is too large to be a pgjsonload profile.")
                               .arg(QDir::toNativeSeparators(path)));
    auto profile = fromJson(file.readAll(), QFileInfo(path).absolutePath());
    if (!profile) {
        Error e = profile.error();
        e.message = tr("Profile %1: %2").arg(QDir::toNativeSeparators(path), e.message);
        e.file = path;
        return e;
    }
    return profile;
}

} // namespace pjl
