// libFuzzer target for the reading stage: RecordFramer over an in-memory source, then JsonValidator
// on every record. Beyond "no crash, no sanitizer report" it checks what the rest of the loader
// relies on, and traps (so libFuzzer keeps the input) when any of it does not hold:
//
//  1. Accounting. Records and rejects come in stream order, each covers at least one byte,
//     none overlaps the next, none reaches past the end. Every byte outside them is framing:
//     a BOM at offset 0; whitespace (space, tab, CR, LF) and commas anywhere; one '[' before
//     anything else (only when the framer says Array/UnclosedArray) and after it at most one ']'
//     (exactly one when it says Array). Each ordinal is its 1-based index, each line 1 + the
//     newlines before its offset. A record's bytes are the input's at its offset (all of them;
//     for a reject a prefix of at most previewBytes).
//  2. Buffer independence. The same records, rejects, reasons and framing with the whole input
//     read at once as with it handed out in small steps into small buffers (sizes from a hash of
//     the input, so that any input reproduces).
//  3. Verdicts. For every well-framed record, and for the whole input taken as one record:
//     JsonValidator says yes exactly when PgJsonReference (PostgreSQL's rules, written
//     independently) does, unless it defers to the server (deeper than it checks); a validator
//     that has judged earlier inputs says what a fresh one says; bytes past the record (the
//     padding simdjson may read) change nothing.
//  4. Canonical form. Every record (and whole input) the validator accepts without deferring
//     goes through JsonbCanonicalizer, checked by canonicalcheck.cpp (as in fuzz_canonical).

#include "canonicalcheck.h"
#include "jsonvalidator.h"
#include "memorysource.h"
#include "pgjsonreference.h"
#include "recordframer.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstring>

using pjl::FramedRecord;
using pjl::Framing;
using pjl::JsonValidator;
using pjl::RecordFramer;
using pjl::ValidationVerdict;

namespace {

#define FUZZ_CHECK(condition, what) PJL_FUZZ_CHECK("fuzz_reader", condition, what)

struct Framed
{
    QByteArray text;
    qint64 spanBytes = 0;
    qint64 ordinal = 0;
    qint64 line = 0;
    qint64 offset = 0;
    QString error;
    qint64 newlines = 0;

    bool operator==(const Framed &) const = default;
};

struct Result
{
    QList<Framed> records;
    Framing framing = Framing::Unknown;
};

Result frame(const QByteArray &input, qint64 step, RecordFramer::Options options)
{
    pjl::test::MemorySource source(input, step);
    RecordFramer framer(source, options);
    Result result;
    FramedRecord r;
    RecordFramer::Status status;
    while ((status = framer.next(r)) == RecordFramer::Status::Record) {
        FUZZ_CHECK(r.size >= 0 && r.size <= r.spanBytes, "record size within its span");
        result.records.append({QByteArray(r.data, qsizetype(r.size)), r.spanBytes, r.ordinal, r.line,
                               r.offset, r.error, r.newlines});
        FUZZ_CHECK(result.records.size() <= input.size() + 1, "framer terminates");
    }
    FUZZ_CHECK(status == RecordFramer::Status::End, "a memory source never fails");
    FUZZ_CHECK(framer.next(r) == RecordFramer::Status::End, "End stays End");
    result.framing = framer.framing();
    return result;
}

uint64_t fnv1a(const uint8_t *data, size_t size)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < size; ++i)
        h = (h ^ data[i]) * 0x100000001b3ULL;
    return h;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

void checkAccounting(const QByteArray &input, const Result &result, const RecordFramer::Options &options)
{
    const bool array = result.framing == Framing::Array || result.framing == Framing::UnclosedArray;
    const bool bom = input.startsWith("\xEF\xBB\xBF");
    bool opened = false;
    bool closed = false;
    bool onlySpaceSoFar = true;
    qint64 pos = 0;
    qint64 line = 1;
    const auto gap = [&](qint64 from, qint64 to) {
        for (qint64 i = from; i < to; ++i) {
            const char c = input[i];
            if (c == '\n')
                ++line;
            if ((bom && i < 3) || isSpace(c))
                continue;
            if (c == '[' && array && onlySpaceSoFar && !opened) {
                opened = true;
            } else if (c == ']' && opened && !closed) {
                closed = true;
            } else {
                FUZZ_CHECK(c == ',', "only framing between records");
            }
            onlySpaceSoFar = false;
        }
    };
    for (qsizetype i = 0; i < result.records.size(); ++i) {
        const Framed &f = result.records[i];
        FUZZ_CHECK(f.ordinal == i + 1, "ordinals count records and rejects");
        FUZZ_CHECK(f.offset >= pos, "records in order, not overlapping");
        FUZZ_CHECK(f.spanBytes >= 1, "a record covers bytes");
        FUZZ_CHECK(f.offset + f.spanBytes <= input.size(), "a record ends inside the input");
        gap(pos, f.offset);
        FUZZ_CHECK(f.line == line, "line of a record");
        FUZZ_CHECK(input.mid(f.offset, f.text.size()) == f.text, "a record's bytes are the input's");
        if (f.error.isEmpty()) {
            FUZZ_CHECK(f.text.size() == f.spanBytes, "a record has all its bytes");
            FUZZ_CHECK(!isSpace(f.text.front()) && f.text.front() != ',', "a record starts with a value");
            FUZZ_CHECK(f.spanBytes <= options.maxRecordBytes, "no record over the maximum");
            // What decides that a record is pretty-printed (and goes in canonical form).
            FUZZ_CHECK(f.newlines == f.text.count('\n'), "a record's newlines are counted");
        } else {
            FUZZ_CHECK(f.newlines == 0, "a reject has no newline count");
            FUZZ_CHECK(f.text.size() <= options.previewBytes, "a reject keeps only a preview");
        }
        line +=
            f.text.count('\n') + input.mid(f.offset + f.text.size(), f.spanBytes - f.text.size()).count('\n');
        onlySpaceSoFar = false;
        pos = f.offset + f.spanBytes;
    }
    gap(pos, input.size());
    FUZZ_CHECK(array == opened, "an array's '[' is framing");
    if (array)
        FUZZ_CHECK((result.framing == Framing::Array) == closed, "Array means its ']' was seen");
    FUZZ_CHECK((result.framing == Framing::Empty) == (result.records.isEmpty() && !array),
               "Empty means none");
}

// The record as BatchProducer hands it over: padding follows it, here bytes that would change a
// verdict if they were taken as part of the record.
ValidationVerdict judge(JsonValidator &validator, const QByteArray &record, char padding)
{
    QByteArray padded = record;
    padded.append(QByteArray(JsonValidator::kPadding, padding));
    return validator.check(padded.constData(), size_t(record.size()));
}

void checkVerdict(JsonValidator &validator, const QByteArray &record, uint64_t h, bool againFresh)
{
    const ValidationVerdict verdict = judge(validator, record, "\"\\]}0 x,"[h % 8]);
    if (verdict.deferToServer) {
        FUZZ_CHECK(verdict.ok, "a deferred record is sent");
        return; // deeper than simdjson's limit: only PostgreSQL can tell
    }
    const bool reference = pjl::fuzz::PgJsonReference::accepts(record.constData(), size_t(record.size()));
    if (verdict.ok != reference)
        std::fprintf(stderr, "validator %s (%s %s), reference %s: %.200s\n",
                     verdict.ok ? "accepts" : "rejects", qPrintable(verdict.sqlState),
                     qPrintable(verdict.message), reference ? "accepts" : "rejects", record.constData());
    FUZZ_CHECK(verdict.ok == reference, "validator agrees with PostgreSQL's rules");
    FUZZ_CHECK(verdict.ok == verdict.sqlState.isEmpty(), "a reject has a SQLSTATE, an accept none");
    if (verdict.ok)
        pjl::fuzz::checkCanonical(record.constData(), size_t(record.size()), "\"\\]}0 x,"[(h >> 3) % 8]);
    if (!againFresh)
        return; // a fresh validator maps megabytes for simdjson: for one input in sixteen
    JsonValidator fresh;
    const ValidationVerdict again = judge(fresh, record, '\0');
    FUZZ_CHECK(again.ok == verdict.ok && again.sqlState == verdict.sqlState &&
                   again.message == verdict.message,
               "a used validator judges as a fresh one");
}

} // namespace

// The oracle is checked before it judges anything: it must say what PostgreSQL 15 said about
// every JSONTestSuite file (../shared/testdata/jsontestsuite/expected.tsv).
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QFile tsv(QStringLiteral(PJL_SHARED_TESTDATA "/jsontestsuite/expected.tsv"));
    if (!tsv.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "fuzz_reader: %s missing: the reference is not checked\n",
                     qPrintable(tsv.fileName()));
        return 0;
    }
    tsv.readLine();
    int cases = 0;
    while (!tsv.atEnd()) {
        const QList<QByteArray> cols = tsv.readLine().trimmed().split('\t');
        QFile file(QStringLiteral(PJL_SHARED_TESTDATA "/jsontestsuite/cases/") + QString::fromUtf8(cols[0]));
        FUZZ_CHECK(file.open(QIODevice::ReadOnly), "JSONTestSuite file readable");
        const QByteArray text = file.readAll();
        if (pjl::fuzz::PgJsonReference::accepts(text.constData(), size_t(text.size())) != (cols[2] == "yes"))
            std::fprintf(stderr, "reference disagrees with PostgreSQL on %s\n", cols[0].constData());
        FUZZ_CHECK(pjl::fuzz::PgJsonReference::accepts(text.constData(), size_t(text.size())) ==
                       (cols[2] == "yes"),
                   "the reference agrees with PostgreSQL on JSONTestSuite");
        ++cases;
    }
    std::fprintf(stderr, "fuzz_reader: the reference agrees with PostgreSQL on %d JSONTestSuite files\n",
                 cases);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static JsonValidator validator; // reused across inputs, as the reading thread reuses its one
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const uint64_t h = fnv1a(data, size);

    // Production settings most of the time; small limits a quarter of the time each, so that
    // too-large records, short previews and a small detection window are reached.
    RecordFramer::Options options;
    if ((h & 3) == 0)
        options.maxRecordBytes = qint64(1 + (h >> 2) % 256);
    if (((h >> 10) & 3) == 0)
        options.previewBytes = qint64(1 + (h >> 12) % 64);
    if (((h >> 18) & 3) == 0)
        options.detectBytes = qint64(1 + (h >> 20) % 128);

    // Read at once into one buffer that fits (the default 4 MiB buffer, zeroed by ASan's
    // allocator for every input, would cost more than everything else).
    RecordFramer::Options atOnce = options;
    atOnce.readSize = qint64(size) + 1;
    const Result whole = frame(input, qint64(size) + 1, atOnce);
    checkAccounting(input, whole, options);

    const qint64 splits[][2] = {
        {qint64(1 + (h >> 28) % 4), qint64(1 + (h >> 30) % 16)},
        {qint64(1 + (h >> 34) % 256), qint64(1 + (h >> 42) % 1024)},
    };
    for (const auto &[step, readSize] : splits) {
        RecordFramer::Options small = options;
        small.readSize = readSize;
        const Result split = frame(input, step, small);
        if (split.records != whole.records || split.framing != whole.framing) {
            std::fprintf(stderr, "step %lld read %lld: %lld records (whole: %lld)\n",
                         static_cast<long long>(step), static_cast<long long>(readSize),
                         static_cast<long long>(split.records.size()),
                         static_cast<long long>(whole.records.size()));
            for (qsizetype i = 0; i < std::min(split.records.size(), whole.records.size()); ++i) {
                if (split.records[i] == whole.records[i])
                    continue;
                const auto show = [](const char *which, const Framed &f) {
                    std::fprintf(stderr, "  %s #%lld @%lld+%lld line %lld, %lld bytes kept, %s: %s\n", which,
                                 static_cast<long long>(f.ordinal), static_cast<long long>(f.offset),
                                 static_cast<long long>(f.spanBytes), static_cast<long long>(f.line),
                                 static_cast<long long>(f.text.size()), qPrintable(f.error),
                                 f.text.constData());
                };
                show("whole", whole.records[i]);
                show("split", split.records[i]);
                break;
            }
        }
        FUZZ_CHECK(split.records == whole.records, "framing does not depend on buffer sizes");
        FUZZ_CHECK(split.framing == whole.framing, "detection does not depend on buffer sizes");
    }

    for (const Framed &f : whole.records) {
        if (f.error.isEmpty())
            checkVerdict(validator, f.text, h, false);
    }
    checkVerdict(validator, input, h >> 3, (h >> 56) % 16 == 0);
    return 0;
}
