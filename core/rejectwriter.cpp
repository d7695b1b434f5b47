#include "rejectwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pjl {

Error RejectWriter::open(const QString &path, bool append)
{
    std::lock_guard lock(m_mutex);
    return openLocked(path, append);
}

Error RejectWriter::openLocked(const QString &path, bool append)
{
    m_lazyPath.clear();
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | (append ? QIODevice::Append : QIODevice::Truncate))) {
        return Error::make(tr("Cannot write the rejects file %1: %2").arg(path, m_file.errorString()));
    }
    return {};
}

QByteArray RejectWriter::toJsonLine(const RejectedRecord &reject)
{
    QJsonObject o;
    o.insert(u"file"_s, reject.error.file);
    o.insert(u"record"_s, reject.error.record);
    o.insert(u"line"_s, reject.error.line);
    o.insert(u"offset"_s, reject.error.offset);
    o.insert(u"error"_s, reject.error.message);
    o.insert(u"sqlstate"_s, reject.error.sqlState);
    if (!reject.table.isEmpty())
        o.insert(u"table"_s, reject.table);
    // Invalid UTF-8 becomes U+FFFD here: the text is for reading, the offset finds the bytes.
    o.insert(u"text"_s, QString::fromUtf8(reject.text));
    o.insert(u"text_bytes"_s, reject.textBytes);
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

RejectedRecord RejectWriter::fromJsonLine(const QByteArray &line, bool *ok)
{
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(line, &parseError).object();
    if (ok)
        *ok = parseError.error == QJsonParseError::NoError && !o.isEmpty();
    RejectedRecord r;
    r.error.file = o.value(u"file"_s).toString();
    r.error.record = o.value(u"record"_s).toInteger();
    r.error.line = o.value(u"line"_s).toInteger();
    r.error.offset = o.value(u"offset"_s).toInteger(-1);
    r.error.message = o.value(u"error"_s).toString();
    r.error.sqlState = o.value(u"sqlstate"_s).toString();
    r.table = o.value(u"table"_s).toString();
    r.text = o.value(u"text"_s).toString().toUtf8();
    r.textBytes = o.value(u"text_bytes"_s).toInteger(r.text.size());
    return r;
}

Error RejectWriter::write(const RejectedRecords &rejects)
{
    QByteArray out;
    for (const RejectedRecord &r : rejects)
        out += toJsonLine(r);
    std::lock_guard lock(m_mutex);
    if (!m_lazyPath.isEmpty()) {
        const QString path = m_lazyPath;
        if (Error e = openLocked(path, false))
            return e;
    }
    if (!m_file.isOpen())
        return Error::make(tr("The rejects file is not open."));
    if (m_file.write(out) != out.size() || !m_file.flush())
        return Error::make(
            tr("Cannot write the rejects file %1: %2").arg(m_file.fileName(), m_file.errorString()));
    return {};
}

void RejectWriter::close()
{
    std::lock_guard lock(m_mutex);
    m_file.close();
}

} // namespace pjl
