#include "connectionsecrets.h"

#include <QUrl>

#include <cstring>

using namespace Qt::StringLiterals;

namespace pjl {

namespace {

bool isSecretKey(QByteArrayView key)
{
    return key == "password" || key == "sslpassword";
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool isUri(QByteArrayView dsn)
{
    // Case-insensitive, unlike libpq: "POSTGRESQL://u:pw@h" is a database name to libpq, which
    // the server's "does not exist" then quotes, password and all.
    const QByteArrayView trimmed = dsn.trimmed();
    const QLatin1StringView s(trimmed.data(), trimmed.size());
    return s.startsWith(QLatin1StringView("postgresql://"), Qt::CaseInsensitive) ||
           s.startsWith(QLatin1StringView("postgres://"), Qt::CaseInsensitive);
}

// libpq's conninfo_uri_parse_options: [user[:password]@]hosts[/db][?key=value&...].
void findInUri(QByteArrayView dsn, QList<ConnectionSecrets::Span> &out)
{
    qsizetype start = dsn.indexOf("://") + 3;
    qsizetype p = start;
    while (p < dsn.size() && dsn[p] != '@' && dsn[p] != '/')
        ++p;
    if (p < dsn.size() && dsn[p] == '@') {
        const qsizetype colon = dsn.sliced(start, p - start).indexOf(':');
        if (colon >= 0)
            out.append({start + colon + 1, p - (start + colon + 1)});
        start = p + 1;
    }
    const qsizetype query = dsn.indexOf('?', start);
    if (query < 0)
        return;
    qsizetype i = query + 1;
    while (i < dsn.size()) {
        qsizetype end = dsn.indexOf('&', i);
        if (end < 0)
            end = dsn.size();
        const QByteArrayView parameter = dsn.sliced(i, end - i);
        const qsizetype eq = parameter.indexOf('=');
        if (eq >= 0 &&
            isSecretKey(QByteArray::fromPercentEncoding(parameter.first(eq).toByteArray()).trimmed()))
            out.append({i + eq + 1, parameter.size() - eq - 1});
        i = end + 1;
    }
}

// libpq's conninfo_parse: key = value, value either 'quoted with \' escapes' or up to a space.
void findInKeywords(QByteArrayView dsn, QList<ConnectionSecrets::Span> &out)
{
    qsizetype i = 0;
    const qsizetype n = dsn.size();
    while (i < n) {
        while (i < n && isSpace(dsn[i]))
            ++i;
        const qsizetype keyStart = i;
        while (i < n && dsn[i] != '=' && !isSpace(dsn[i]))
            ++i;
        const QByteArrayView key = dsn.sliced(keyStart, i - keyStart);
        while (i < n && isSpace(dsn[i]))
            ++i;
        if (i < n && dsn[i] == '=')
            ++i;
        while (i < n && isSpace(dsn[i]))
            ++i;
        const bool quoted = i < n && dsn[i] == '\'';
        if (quoted)
            ++i;
        const qsizetype valueStart = i;
        while (i < n) {
            if (dsn[i] == '\\' && i + 1 < n) {
                i += 2;
                continue;
            }
            if (quoted ? dsn[i] == '\'' : isSpace(dsn[i]))
                break;
            ++i;
        }
        if (isSecretKey(key) && i > valueStart)
            out.append({valueStart, i - valueStart});
        if (quoted && i < n)
            ++i; // the closing quote
    }
}

QString unescape(QByteArrayView written, bool uri)
{
    if (uri)
        return QString::fromUtf8(QByteArray::fromPercentEncoding(written.toByteArray()));
    QByteArray out;
    for (qsizetype i = 0; i < written.size(); ++i) {
        if (written[i] == '\\' && i + 1 < written.size())
            ++i;
        out += written[i];
    }
    return QString::fromUtf8(out);
}

} // namespace

QList<ConnectionSecrets::Span> ConnectionSecrets::find(QByteArrayView dsn)
{
    QList<Span> out;
    if (isUri(dsn))
        findInUri(dsn, out);
    else
        findInKeywords(dsn, out);
    return out;
}

QStringList ConnectionSecrets::of(const ConnectionSettings &settings)
{
    QStringList secrets;
    const auto add = [&secrets](const QString &secret) {
        if (!secret.isEmpty() && !secrets.contains(secret))
            secrets.append(secret);
    };
    add(settings.password);
    const QByteArray dsn = settings.dsn.toUtf8();
    for (const Span &span : find(dsn)) {
        const QByteArrayView written = QByteArrayView(dsn).sliced(span.start, span.length);
        add(QString::fromUtf8(written));
        add(unescape(written, isUri(dsn)));
    }
    // The longest first, so that a secret containing another is masked whole.
    std::sort(secrets.begin(), secrets.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return secrets;
}

QString ConnectionSecrets::redact(QString text, const ConnectionSettings &settings)
{
    for (const QString &secret : of(settings))
        text.replace(secret, kMask);
    return text;
}

void ConnectionSecrets::scrubArguments(int argc, char **argv)
{
    const auto scrub = [](char *value) {
        for (const Span &span : find(QByteArrayView(value, qsizetype(std::strlen(value)))))
            std::memset(value + span.start, 'x', size_t(span.length));
    };
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            return;
        if (std::strcmp(argv[i], "--dsn") == 0 && i + 1 < argc)
            scrub(argv[++i]);
        else if (std::strncmp(argv[i], "--dsn=", 6) == 0)
            scrub(argv[i] + 6);
    }
}

} // namespace pjl
