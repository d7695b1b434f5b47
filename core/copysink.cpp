#include "copysink.h"

#include <QRegularExpression>

#include <array>
#include <cstring>

using namespace Qt::StringLiterals;

namespace pjl {

namespace {

constexpr char kBinaryHeader[] = "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0";
constexpr qint64 kBinaryHeaderSize = 19;
constexpr char kBinaryTrailer[] = "\377\377";
constexpr qint64 kPiece = 1 << 20;
constexpr qsizetype kEpilogueInMessage = 64 << 10;

void putInt16(char *p, quint16 v)
{
    p[0] = char(v >> 8);
    p[1] = char(v);
}

void putInt32(char *p, quint32 v)
{
    p[0] = char(v >> 24);
    p[1] = char(v >> 16);
    p[2] = char(v >> 8);
    p[3] = char(v);
}

} // namespace

CopySink::CopySink(PgConnection &connection, const std::atomic_bool &stop, CopyFormat format)
    : m_connection(connection)
    , m_stop(stop)
    , m_format(format)
{}

bool CopySink::isRowLevelError(const QString &sqlState)
{
    // 22: data exceptions (bad JSON, encoding, numeric range); 23: a constraint on the row;
    // 54: program limits (nesting deeper than the server's stack, a jsonb too large).
    return sqlState.startsWith(u"22"_s) || sqlState.startsWith(u"23"_s) || sqlState.startsWith(u"54"_s);
}

Error CopySink::run(const char *sql)
{
    const auto result = m_connection.exec(QByteArray::fromRawData(sql, qsizetype(std::strlen(sql))));
    return result ? Error{} : result.error();
}

Error CopySink::send(const char *data, qint64 size)
{
    while (size > 0) {
        // A stream's batch goes whole: on a stop, what it sent so far still commits (SinkWorker).
        if (!m_streaming && m_stop.load(std::memory_order_relaxed))
            return Error::make(tr("Cancelled."), u"57014"_s);
        const qint64 n = std::min(size, kPiece);
        if (Error e = m_connection.putCopyData(data, n))
            return e;
        data += n;
        size -= n;
    }
    return {};
}

Error CopySink::sendText(const RecordBatch &batch, const std::vector<int> &rows, size_t begin, size_t end)
{
    // The bytes text COPY gives a meaning (the escape, the row and column delimiters), escaped;
    // any other byte stands for itself.
    static constexpr auto kEscape = [] {
        std::array<char, 256> table{};
        table['\\'] = '\\';
        table['\n'] = 'n';
        table['\r'] = 'r';
        table['\t'] = 't';
        return table;
    }();
    m_text.resize(0); // keeps its memory: a new MiB each piece cost page faults
    m_text.reserve(kPiece + kPiece / 4);
    for (size_t i = begin; i < end; ++i) {
        const RecordBatch::Row &row = batch.rows()[size_t(rows[i])];
        const char *p = batch.data() + row.dataOffset;
        const char *const stop = p + row.size;
        while (p < stop) {
            const char *run = p;
            while (p < stop && !kEscape[uchar(*p)])
                ++p;
            m_text.append(run, p - run);
            if (p < stop) {
                const char escaped[2] = {'\\', kEscape[uchar(*p++)]};
                m_text.append(escaped, 2);
            }
        }
        m_text.append('\n');
        if (m_text.size() >= kPiece || i + 1 == end) {
            if (Error e = send(m_text.constData(), m_text.size()))
                return e;
            m_text.resize(0);
        }
    }
    return {};
}

Error CopySink::sendBinary(const RecordBatch &batch, const std::vector<int> &rows, size_t begin, size_t end)
{
    Error error = send(kBinaryHeader, kBinaryHeaderSize);
    if (error.isNull())
        error = sendBinaryRows(batch, rows, begin, end);
    if (error.isNull())
        error = send(kBinaryTrailer, 2);
    return error;
}

Error CopySink::sendBinaryRows(const RecordBatch &batch, const std::vector<int> &rows, size_t begin,
                               size_t end)
{
    Error error;
    const auto &all = batch.rows();
    for (size_t i = begin; i < end && error.isNull();) {
        if (m_kind == ColumnKind::Jsonb) {
            // A run of adjacent rows is one contiguous piece: headers sit right before each record.
            size_t j = i + 1;
            while (j < end && rows[j] == rows[j - 1] + 1)
                ++j;
            const RecordBatch::Row &first = all[size_t(rows[i])];
            const RecordBatch::Row &last = all[size_t(rows[j - 1])];
            const qint64 from = first.dataOffset - RecordBatch::kRowPrefix;
            error = send(batch.data() + from, last.dataOffset + last.size - from);
            i = j;
        } else {
            const RecordBatch::Row &row = all[size_t(rows[i])];
            char header[6];
            putInt16(header, 1);
            putInt32(header + 2, quint32(row.size));
            error = send(header, 6);
            if (error.isNull())
                error = send(batch.data() + row.dataOffset, row.size);
            ++i;
        }
    }
    return error;
}

std::vector<int> CopySink::rowsToSend(RecordBatch &batch, const std::vector<char> &send) const
{
    std::vector<int> rows;
    rows.reserve(batch.rows().size());
    for (size_t i = 0; i < batch.rows().size(); ++i) {
        if (!send.empty() && !send[i])
            continue;
        rows.push_back(int(i));
        if (m_kind == ColumnKind::Jsonb && m_format == CopyFormat::Binary) {
            const RecordBatch::Row &row = batch.rows()[i];
            char *header = batch.data() + row.dataOffset - RecordBatch::kRowPrefix;
            putInt16(header, 1);
            putInt32(header + 2, quint32(row.size + 1));
            header[6] = 1; // jsonb binary format version
        }
    }
    return rows;
}

Error CopySink::openStream(const QByteArray &beginStatement, const QByteArray &copyStatement, ColumnKind kind)
{
    m_kind = kind;
    if (Error e = m_connection.beginCopy(beginStatement + "; " + copyStatement))
        return e;
    m_streaming = true;
    return m_format == CopyFormat::Binary ? send(kBinaryHeader, kBinaryHeaderSize) : Error{};
}

Error CopySink::streamBatch(RecordBatch &batch)
{
    const std::vector<int> rows = rowsToSend(batch, {});
    return m_format == CopyFormat::Text ? sendText(batch, rows, 0, rows.size())
                                        : sendBinaryRows(batch, rows, 0, rows.size());
}

Error CopySink::closeStream()
{
    const Error e = m_format == CopyFormat::Binary ? send(kBinaryTrailer, 2) : Error{};
    m_streaming = false;
    if (!e.isNull()) {
        m_connection.endCopy("aborted by pgjsonload");
        return e;
    }
    return m_connection.endCopy();
}

void CopySink::abortStream()
{
    if (m_streaming && !m_connection.isBroken())
        m_connection.endCopy("aborted by pgjsonload");
    m_streaming = false;
}

Error CopySink::copyRows(RecordBatch &batch, const std::vector<int> &rows, size_t begin, size_t end,
                         const QByteArray &sql, Result<PgResult> *after)
{
    if (Error e = m_connection.beginCopy(sql))
        return e;
    const Error error = m_format == CopyFormat::Text ? sendText(batch, rows, begin, end)
                                                     : sendBinary(batch, rows, begin, end);
    if (!error.isNull()) {
        m_connection.endCopy("aborted by pgjsonload");
        return error;
    }
    return m_connection.endCopy(nullptr, after);
}

int CopySink::failedRowHint(const Error &error)
{
    // The server's context names the row: "COPY t, line 42, column data". The last match wins,
    // in case the table's own name contains "line 7".
    static const QRegularExpression re(u"line (\\d+)"_s);
    int hint = 0;
    auto it = re.globalMatch(error.detail);
    while (it.hasNext())
        hint = it.next().captured(1).toInt();
    return hint;
}

Error CopySink::isolate(RecordBatch &batch, const std::vector<int> &rows, const QByteArray &copyStatement,
                        const Error &firstError, Outcome &outcome)
{
    struct Range
    {
        size_t begin;
        size_t end;
        Error knownError; // this range already failed with this error
    };
    std::vector<Range> work{{0, rows.size(), firstError}};
    while (!work.empty()) {
        Range range = work.back();
        work.pop_back();
        Error error = range.knownError;
        if (error.isNull()) {
            if (Error e = run("SAVEPOINT pgjsonload_rows"))
                return e;
            error = copyRows(batch, rows, range.begin, range.end, copyStatement);
            if (error.isNull()) {
                if (Error e = run("RELEASE SAVEPOINT pgjsonload_rows"))
                    return e;
                outcome.rowsLoaded += qint64(range.end - range.begin);
                continue;
            }
            if (!isRowLevelError(error.sqlState))
                return error;
            if (Error e = run("ROLLBACK TO SAVEPOINT pgjsonload_rows"))
                return e;
        }
        const size_t size = range.end - range.begin;
        if (size == 1) {
            outcome.rejectedRows.emplace_back(rows[range.begin], error);
            continue;
        }
        // Rows before the one the server named went through; that one alone is tried once more
        // (its error might not be its own), then the rest.
        const int hint = failedRowHint(error);
        if (hint >= 1 && size_t(hint) <= size) {
            const size_t bad = range.begin + size_t(hint) - 1;
            if (bad + 1 < range.end)
                work.push_back({bad + 1, range.end, {}});
            work.push_back({bad, bad + 1, {}});
            if (bad > range.begin)
                work.push_back({range.begin, bad, {}});
        } else {
            const size_t mid = range.begin + size / 2;
            work.push_back({mid, range.end, {}});
            work.push_back({range.begin, mid, {}});
        }
    }
    return {};
}

CopySink::Outcome CopySink::load(RecordBatch &batch, const std::vector<char> &send,
                                 const QByteArray &beginStatement, const QByteArray &copyStatement,
                                 ColumnKind kind, OnRowError onRowError, const Epilogue &epilogue,
                                 Transaction transaction)
{
    const bool own = transaction == Transaction::Own;
    const QByteArray begin = own ? beginStatement
                             : transaction == Transaction::Open
                                 ? beginStatement + "; SAVEPOINT pgjsonload_batch"
                                 : QByteArray("SAVEPOINT pgjsonload_batch");
    // What takes the batch's rows back after a row-level error, leaving the transaction as before.
    const char *const undo = own ? "ROLLBACK" : "ROLLBACK TO SAVEPOINT pgjsonload_batch";
    m_kind = kind;
    Outcome outcome;
    const std::vector<int> rows = rowsToSend(batch, send);

    const auto fail = [&](Error error, bool committing = false) {
        outcome.connectionLost = m_connection.lostBy(error);
        outcome.commitUncertain = committing && outcome.connectionLost;
        // In a transaction left open, a row-level error takes back only this batch's rows.
        const bool kept = !own && !m_connection.isBroken() && isRowLevelError(error.sqlState) &&
                          run(undo).isNull() && run("RELEASE SAVEPOINT pgjsonload_batch").isNull();
        if (!kept && !m_connection.isBroken())
            run("ROLLBACK");
        outcome.transactionLost = !own && !kept;
        outcome.rowsLoaded = 0;
        outcome.rejectedRows.clear();
        outcome.error = std::move(error);
        return outcome;
    };
    const auto statements = [&](const Outcome &o) {
        return epilogue.statements ? epilogue.statements(o) : QByteArray();
    };
    const auto check = [&](const PgResult &last) { return epilogue.check ? epilogue.check(last) : Error{}; };
    const auto runEpilogue = [&](const QByteArray &sql) -> Error {
        if (sql.isEmpty())
            return {};
        const auto last = m_connection.exec(sql);
        return last ? check(last.value()) : last.error();
    };

    if (rows.empty()) {
        if (Error e = run(begin.constData()))
            return fail(e);
        if (Error e = runEpilogue(statements(outcome)))
            return fail(e);
    } else {
        // The whole batch in one message when all goes well: BEGIN, COPY, then the epilogue, which
        // the server skips when the COPY fails. A long epilogue (many rejects' texts) goes on its
        // own: the server logs a failed statement's text, and it would gain nothing.
        Outcome expected;
        expected.rowsLoaded = qint64(rows.size());
        const QByteArray after = statements(expected);
        const bool inMessage = !after.isEmpty() && after.size() <= kEpilogueInMessage;
        QByteArray sql = begin + "; " + copyStatement;
        if (inMessage)
            sql += "; " + after;
        Result<PgResult> last{PgResult()};
        Error error = copyRows(batch, rows, 0, rows.size(), sql, &last);
        if (error.isNull()) {
            outcome.rowsLoaded = expected.rowsLoaded;
            if (!last)
                return fail(last.error());
            // Every row loaded: the outcome is the expected one, and so are its statements.
            if (Error e = inMessage ? check(last.value()) : runEpilogue(after))
                return fail(e);
        } else if (isRowLevelError(error.sqlState) && onRowError == OnRowError::Refuse) {
            Outcome refused = fail(error);
            refused.refused = !refused.connectionLost;
            return refused;
        } else if (isRowLevelError(error.sqlState)) {
            if (Error e = run(undo))
                return fail(e);
            if (own) {
                if (Error e = run(beginStatement.constData()))
                    return fail(e);
            }
            if (Error e = isolate(batch, rows, copyStatement, error, outcome))
                return fail(e);
            if (Error e = runEpilogue(statements(outcome)))
                return fail(e);
        } else {
            return fail(error);
        }
    }
    if (!own) {
        if (Error e = run("RELEASE SAVEPOINT pgjsonload_batch"))
            return fail(e);
        return outcome;
    }
    if (Error e = run("COMMIT"))
        return fail(e, true);
    return outcome;
}

} // namespace pjl
