// libFuzzer target for JsonbCanonicalizer: the whole input, and each record RecordFramer finds in
// it (read at once, production options), go through canonicalcheck.cpp whenever JsonValidator
// accepts them without deferring to the server. fuzz_reader makes the same check on the same
// records but spends most of its time framing each input three ways; this target spends it on
// the canonicalizer, and so gets several times the executions.

#include "canonicalcheck.h"
#include "jsonbcanonicalizer.h"
#include "jsonvalidator.h"
#include "memorysource.h"
#include "recordframer.h"

#include <QByteArray>

#include <cstdint>
#include <cstring>

using pjl::FramedRecord;
using pjl::JsonValidator;
using pjl::RecordFramer;
using pjl::ValidationVerdict;

namespace {

// As BatchProducer hands a record over: padding after it, here bytes that would matter if read
// as part of the record.
void checkIfValid(JsonValidator &validator, const char *data, size_t size, char padding)
{
    if (size == 0)
        return;
    QByteArray record(data, qsizetype(size));
    record.append(QByteArray(JsonValidator::kPadding, padding));
    const ValidationVerdict verdict = validator.check(record.constData(), size);
    if (verdict.ok && !verdict.deferToServer)
        pjl::fuzz::checkCanonical(record.constData(), size, padding);
}

// canonicalizeUncheckedInPlace takes records nobody validated (BatchProducer's default for
// pretty-printed ones): what it rewrites must keep the validator's verdict (the validator agrees
// with PgJsonReference: fuzz_reader), and what it refuses must be left as it was.
void checkUnchecked(JsonValidator &validator, const char *data, size_t size, char padding)
{
    static pjl::JsonbCanonicalizer canonicalizer;
    const auto padded = [&](const char *bytes, size_t n) {
        QByteArray out(bytes, qsizetype(n));
        out.append(QByteArray(JsonValidator::kPadding, padding));
        return out;
    };
    QByteArray record = padded(data, size);
    const auto length = canonicalizer.canonicalizeUncheckedInPlace(record.data(), size);
    if (!length) {
        if (std::memcmp(record.constData(), data, size) != 0)
            __builtin_trap(); // refused, yet changed
        return;
    }
    if (*length > size)
        __builtin_trap();
    const QByteArray input = padded(data, size);
    const QByteArray output = padded(record.constData(), *length);
    const ValidationVerdict before = validator.check(input.constData(), size);
    const ValidationVerdict after = validator.check(output.constData(), *length);
    if (before.deferToServer || after.deferToServer)
        return;
    if (before.ok != after.ok)
        __builtin_trap(); // a bad record made good, or a good one bad
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static JsonValidator validator;
    const char *text = reinterpret_cast<const char *>(data);
    uint64_t h = 0xcbf29ce484222325ULL; // FNV-1a: the padding byte, the same for the same input
    for (size_t i = 0; i < size; ++i)
        h = (h ^ data[i]) * 0x100000001b3ULL;
    const char padding = "\"\\]}0 x,{:"[h % 10];

    checkIfValid(validator, text, size, padding);
    if (size > 0)
        checkUnchecked(validator, text, size, padding);

    // Records of NDJSON, concatenated JSON or a top-level array (which the whole input may also be).
    const QByteArray input = QByteArray::fromRawData(text, qsizetype(size));
    pjl::test::MemorySource source(input, qint64(size) + 1);
    RecordFramer::Options options;
    options.readSize = qint64(size) + 1;
    RecordFramer framer(source, options);
    FramedRecord r;
    int records = 0;
    while (framer.next(r) == RecordFramer::Status::Record) {
        if (r.error.isEmpty() && r.size != qint64(size)) {
            checkIfValid(validator, r.data, size_t(r.size), padding);
            checkUnchecked(validator, r.data, size_t(r.size), padding);
        }
        if (++records > int(size) + 1)
            __builtin_trap(); // the framer does not terminate: fuzz_reader has the details
    }
    return 0;
}
