// libFuzzer target for JsonbCanonicalizer and JsonCompactor: the whole input, and each record
// RecordFramer finds in it (read at once, production options), go through canonicalcheck.cpp
// whenever JsonValidator accepts them without deferring to the server, and all of them through
// checkUnchecked and checkCompact (the rewrites of records nobody validated keep their verdict). fuzz_reader
// makes the same check on the same records but spends most of its time framing each input three ways; this
// target spends it on the canonicalizer, and so gets several times the executions.

#include "canonicalcheck.h"
#include "jsonbcanonicalizer.h"
#include "jsoncompactor.h"
#include "jsonvalidator.h"
#include "memorysource.h"
#include "recordframer.h"

#include <QByteArray>

#include <cstdint>
#include <cstring>
#include <memory>

using pjl::FramedRecord;
using pjl::JsonValidator;
using pjl::RecordFramer;
using pjl::ValidationVerdict;

namespace {

// As BatchProducer hands a record over: padding after it, here bytes that would matter if read
// as part of the record.
QByteArray padded(const char *data, size_t size, char padding)
{
    QByteArray record(data, qsizetype(size));
    record.append(QByteArray(JsonValidator::kPadding, padding));
    return record;
}

// canonicalizeUncheckedInPlace takes records nobody validated (BatchProducer's default for
// pretty-printed ones): what it rewrites must keep the validator's verdict (the validator agrees
// with PgJsonReference: fuzz_reader), and what it refuses must be left as it was.
// canonicalizeUnchecked, which BatchProducer uses (from the framer's buffer into the batch), must
// give the same into a buffer of exactly the input's size, and leave its input alone.
void checkUnchecked(JsonValidator &validator, const QByteArray &record, size_t size,
                    const ValidationVerdict &before, char padding)
{
    static pjl::JsonbCanonicalizer canonicalizer;
    const std::unique_ptr<char[]> elsewhere(new char[size]);
    const auto copied = canonicalizer.canonicalizeUnchecked(record.constData(), size, elsewhere.get());
    QByteArray rewritten = record;
    const auto length = canonicalizer.canonicalizeUncheckedInPlace(rewritten.data(), size);
    if (copied.has_value() != length.has_value() ||
        (length && (*copied != *length || std::memcmp(elsewhere.get(), rewritten.constData(), *length) != 0)))
        __builtin_trap(); // the two disagree
    if (!length) {
        if (std::memcmp(rewritten.constData(), record.constData(), size) != 0)
            __builtin_trap(); // refused, yet changed
        return;
    }
    if (*length > size)
        __builtin_trap();
    const QByteArray output = padded(rewritten.constData(), *length, padding);
    const ValidationVerdict after = validator.check(output.constData(), *length);
    if (before.deferToServer || after.deferToServer)
        return;
    if (before.ok != after.ok)
        __builtin_trap(); // a bad record made good, or a good one bad
}

// JsonCompactor (BatchProducer's default for pretty-printed records, unvalidated): compact() as
// dispatched (AVX-512 VBMI2 where the CPU has it), the portable block scan and the byte-at-a-time
// version give the same, never longer, never written past their padding, and the verdict is kept.
// (The padding read is the record's: JsonValidator::kPadding >= 64.)
void checkCompact(JsonValidator &validator, const QByteArray &record, size_t size,
                  const ValidationVerdict &before, char padding)
{
    static_assert(JsonValidator::kPadding >= pjl::JsonCompactor::kReadPadding);
    constexpr size_t kGuard = 16;
    const size_t capacity = size + pjl::JsonCompactor::kWritePadding + kGuard;
    using Compact = size_t (*)(const char *, size_t, char *);
    const Compact ways[] = {pjl::JsonCompactor::compact, pjl::JsonCompactor::compactPortable,
                            pjl::JsonCompactor::compactExact};
    std::unique_ptr<char[]> first;
    size_t length = 0;
    for (const Compact compact : ways) {
        std::unique_ptr<char[]> out(new char[capacity]);
        std::memset(out.get(), 0x5A, capacity);
        const size_t n = compact(record.constData(), size, out.get());
        if (n > size)
            __builtin_trap();
        for (size_t i = capacity - kGuard; i < capacity; ++i) {
            if (out[i] != 0x5A)
                __builtin_trap(); // written past its padding
        }
        if (!first) {
            first = std::move(out);
            length = n;
        } else if (n != length || std::memcmp(first.get(), out.get(), n) != 0) {
            __builtin_trap(); // the implementations disagree
        }
    }
    const QByteArray output = padded(first.get(), length, padding);
    const ValidationVerdict after = validator.check(output.constData(), length);
    if (!before.deferToServer && !after.deferToServer && before.ok != after.ok)
        __builtin_trap(); // a bad record made good, or a good one bad
}

// One record (or the whole input), validated once: the canonicalizer check on what the validator
// accepts, the unchecked rewrite on everything.
void checkRecord(JsonValidator &validator, const char *data, size_t size, char padding)
{
    if (size == 0)
        return;
    const QByteArray record = padded(data, size, padding);
    const ValidationVerdict verdict = validator.check(record.constData(), size);
    if (verdict.ok && !verdict.deferToServer)
        pjl::fuzz::checkCanonical(record.constData(), size, padding);
    checkUnchecked(validator, record, size, verdict, padding);
    checkCompact(validator, record, size, verdict, padding);
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

    checkRecord(validator, text, size, padding);

    // Records of NDJSON, concatenated JSON or a top-level array (which the whole input may also be).
    const QByteArray input = QByteArray::fromRawData(text, qsizetype(size));
    pjl::test::MemorySource source(input, qint64(size) + 1);
    RecordFramer::Options options;
    options.readSize = qint64(size) + 1;
    RecordFramer framer(source, options);
    FramedRecord r;
    int records = 0;
    while (framer.next(r) == RecordFramer::Status::Record) {
        if (r.error.isEmpty() && r.size != qint64(size))
            checkRecord(validator, r.data, size_t(r.size), padding);
        if (++records > int(size) + 1)
            __builtin_trap(); // the framer does not terminate: fuzz_reader has the details
    }
    return 0;
}
