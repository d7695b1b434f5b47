#include "tablename.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace pjl {

namespace {

// PostgreSQL's NAMEDATALEN - 1. The server would silently truncate a longer name; we refuse it so
// that the table a user names is the table we create.
constexpr int kMaxIdentifierBytes = 63;

bool isIdentStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c.unicode() >= 0x80;
}

bool isIdentChar(QChar c)
{
    return isIdentStart(c) || (c >= u'0' && c <= u'9') || c == u'$';
}

} // namespace

Result<TableName> TableName::parse(const QString &text)
{
    const QString input = text.trimmed();
    if (input.isEmpty())
        return Error::make(tr("The table name is empty."));

    QStringList parts;
    qsizetype i = 0;
    for (;;) {
        QString part;
        if (i < input.size() && input.at(i) == u'"') {
            ++i;
            bool closed = false;
            while (i < input.size()) {
                const QChar c = input.at(i++);
                if (c == u'"') {
                    if (i < input.size() && input.at(i) == u'"') {
                        part += u'"';
                        ++i;
                        continue;
                    }
                    closed = true;
                    break;
                }
                if (c.isNull())
                    return Error::make(tr("A table name cannot contain a NUL character."));
                part += c;
            }
            if (!closed)
                return Error::make(tr("Unterminated quoted identifier in table name %1.").arg(input));
            if (part.isEmpty())
                return Error::make(tr("Zero-length quoted identifier in table name %1.").arg(input));
        } else {
            const qsizetype start = i;
            while (i < input.size() && input.at(i) != u'.')
                ++i;
            const QString raw = input.mid(start, i - start);
            if (raw.isEmpty())
                return Error::make(tr("Table name %1 has an empty part.").arg(input));
            if (!isIdentStart(raw.at(0)))
                return Error::make(tr("Invalid table name %1: %2 must start with a letter or underscore "
                                      "(quote it, as in \"%3\", to use it literally).")
                                       .arg(input, raw, raw));
            for (QChar c : raw) {
                if (!isIdentChar(c))
                    return Error::make(tr("Invalid table name %1: %2 may contain only letters, digits, _ "
                                          "and $ (quote it, as in \"%3\", to use it literally).")
                                           .arg(input, raw, raw));
            }
            // PostgreSQL folds only ASCII letters of an unquoted identifier.
            for (QChar c : raw)
                part += (c >= u'A' && c <= u'Z') ? QChar(c.unicode() + 32) : c;
        }
        if (part.toUtf8().size() > kMaxIdentifierBytes)
            return Error::make(tr("Identifier %1 is longer than %2 bytes, the most PostgreSQL keeps.")
                                   .arg(part)
                                   .arg(kMaxIdentifierBytes));
        parts.append(part);
        if (i == input.size())
            break;
        if (input.at(i) != u'.')
            return Error::make(
                tr("Unexpected %1 after a quoted identifier in table name %2.").arg(input.at(i)).arg(input));
        ++i;
        if (i == input.size())
            return Error::make(tr("Table name %1 ends with a dot.").arg(input));
    }
    if (parts.size() > 2)
        return Error::make(tr("Table name %1 has more than two parts; use schema.table.").arg(input));

    TableName name;
    name.m_name = parts.constLast();
    if (parts.size() == 2)
        name.m_schema = parts.constFirst();
    return name;
}

QString TableName::quoteIdentifier(const QString &identifier)
{
    QString out = identifier;
    out.replace(u'"', u"\"\""_s);
    return u'"' + out + u'"';
}

QString TableName::quoted() const
{
    return m_schema.isEmpty() ? quoteIdentifier(m_name)
                              : quoteIdentifier(m_schema) + u'.' + quoteIdentifier(m_name);
}

QString TableName::display() const
{
    const auto part = [](const QString &p) {
        bool plain = !p.isEmpty() && isIdentStart(p.at(0));
        for (QChar c : p)
            plain = plain && isIdentChar(c) && !(c >= u'A' && c <= u'Z');
        return plain ? p : quoteIdentifier(p);
    };
    return m_schema.isEmpty() ? part(m_name) : part(m_schema) + u'.' + part(m_name);
}

} // namespace pjl
