#include "connectionstring.h"

#include <QDir>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace pjl {

namespace {

QString decode(const QString &text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

// Sets one libpq keyword; false for a keyword the fields cannot hold.
bool setKeyword(ConnectionSettings *s, const QString &key, const QString &value)
{
    if (key == u"host"_s)
        s->host = value;
    else if (key == u"port"_s)
        s->port = value;
    else if (key == u"dbname"_s)
        s->database = value;
    else if (key == u"user"_s)
        s->user = value;
    else if (key == u"password"_s)
        s->password = value;
    else if (key == u"sslmode"_s)
        s->sslMode = value;
    else if (key == u"sslrootcert"_s)
        s->sslRootCert = value;
    else if (key == u"sslcert"_s)
        s->sslCert = value;
    else if (key == u"sslkey"_s)
        s->sslKey = value;
    else if (key == u"connect_timeout"_s)
        s->connectTimeoutSeconds = value.toInt();
    else
        return false;
    return true;
}

bool parseUri(const QString &uri, ConnectionSettings *s, bool *complete)
{
    const qsizetype start = uri.indexOf(u"://"_s) + 3;
    qsizetype end = uri.size();
    for (QChar stop : {u'/', u'?'}) {
        const qsizetype at = uri.indexOf(stop, start);
        if (at >= 0)
            end = std::min(end, at);
    }
    const QString authority = uri.mid(start, end - start);
    QString hostPort = authority;
    const qsizetype at = authority.lastIndexOf(u'@');
    if (at >= 0) {
        const QString userInfo = authority.left(at);
        hostPort = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(u':');
        s->user = decode(colon >= 0 ? userInfo.left(colon) : userInfo);
        if (colon >= 0)
            s->password = decode(userInfo.mid(colon + 1));
    }
    if (hostPort.contains(u','))
        *complete = false; // several hosts: only the DSN can say that
    else if (hostPort.startsWith(u'[')) {
        const qsizetype close = hostPort.indexOf(u']');
        s->host = hostPort.mid(1, close - 1);
        if (hostPort.mid(close + 1).startsWith(u':'))
            s->port = hostPort.mid(close + 2);
    } else {
        const qsizetype colon = hostPort.lastIndexOf(u':');
        s->host = decode(colon >= 0 ? hostPort.left(colon) : hostPort);
        if (colon >= 0)
            s->port = hostPort.mid(colon + 1);
    }
    QString rest = uri.mid(end);
    QString query;
    const qsizetype q = rest.indexOf(u'?');
    if (q >= 0) {
        query = rest.mid(q + 1);
        rest = rest.left(q);
    }
    if (rest.startsWith(u'/'))
        s->database = decode(rest.mid(1));
    const QStringList parameters = query.split(u'&', Qt::SkipEmptyParts);
    for (const QString &parameter : parameters) {
        const QString key = decode(parameter.section(u'=', 0, 0));
        if (!setKeyword(s, key, decode(parameter.section(u'=', 1))))
            *complete = false;
    }
    return true;
}

bool parseKeywords(const QString &text, ConnectionSettings *s, bool *complete)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool any = false;
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        const qsizetype keyStart = i;
        while (i < n && text.at(i) != u'=' && !text.at(i).isSpace())
            ++i;
        const QString key = text.mid(keyStart, i - keyStart);
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n || text.at(i) != u'=' || key.isEmpty())
            return false;
        ++i;
        while (i < n && text.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && text.at(i) == u'\'') {
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar c = text.at(i++);
                if (c == u'\\' && i < n) {
                    value += text.at(i++);
                } else if (c == u'\'') {
                    closed = true;
                    break;
                } else {
                    value += c;
                }
            }
            if (!closed)
                return false;
        } else {
            while (i < n && !text.at(i).isSpace()) {
                if (text.at(i) == u'\\' && i + 1 < n)
                    ++i;
                value += text.at(i++);
            }
        }
        any = true;
        if (!setKeyword(s, key, value))
            *complete = false;
    }
    return any;
}

} // namespace

bool ConnectionString::parse(const QString &dsn, ConnectionSettings *settings, bool *complete)
{
    const QString text = dsn.trimmed();
    *complete = true;
    ConnectionSettings s;
    bool ok = false;
    if (text.startsWith(u"postgresql://"_s, Qt::CaseInsensitive) ||
        text.startsWith(u"postgres://"_s, Qt::CaseInsensitive))
        ok = parseUri(text, &s, complete);
    else
        ok = parseKeywords(text, &s, complete);
    if (ok)
        *settings = s;
    else
        *complete = false;
    return ok;
}

QString ConnectionString::label(const ConnectionSettings &settings)
{
    // From the fields, or else from the DSN; never a password.
    if (settings.local)
        return settings.localDirectory.isEmpty()
                   ? tr("Local PostgreSQL (sandbox)")
                   : tr("Local PostgreSQL (sandbox in %1)")
                         .arg(QDir::toNativeSeparators(settings.localDirectory));
    ConnectionSettings shown = settings;
    ConnectionSettings parsed;
    bool complete = false;
    if (!shown.dsn.isEmpty() && parse(shown.dsn, &parsed, &complete)) {
        for (auto [field, fallback] :
             {std::pair{&shown.host, parsed.host}, std::pair{&shown.port, parsed.port},
              std::pair{&shown.user, parsed.user}, std::pair{&shown.database, parsed.database}}) {
            if (field->isEmpty())
                *field = fallback;
        }
    }
    if (shown.host.isEmpty() && shown.port.isEmpty() && shown.user.isEmpty() && shown.database.isEmpty())
        return settings.dsn.isEmpty() ? tr("Local server") : tr("Connection string");
    const QString host = shown.host.isEmpty()          ? tr("localhost")
                         : shown.host.startsWith(u'/') ? tr("local socket")
                                                       : shown.host;
    return (shown.user.isEmpty() ? QString() : shown.user + u'@') + host +
           (shown.port.isEmpty() ? QString() : u':' + shown.port) +
           (shown.database.isEmpty() ? QString() : u'/' + shown.database);
}

} // namespace pjl
