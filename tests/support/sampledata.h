#pragma once

#include <QByteArrayList>
#include <QList>
#include <QString>

namespace pjl::test {

// Deterministic, varied records for the load tests: nesting, unicode (raw and escaped), escapes,
// numbers of every shape PostgreSQL accepts (1E400 included), empty containers, scalars.
QByteArrayList sampleRecords(int count, int seed = 1, bool objectsOnly = false);

// The same records in the framings users have.
QByteArray asNdjson(const QByteArrayList &records);
QByteArray asBrokenArray(const QByteArrayList &records); // "[" + records joined by ",\n", no "]"
QByteArray asArray(const QByteArrayList &records);
QByteArray asPrettyArray(const QByteArrayList &records, int indent = 4);
QByteArray asConcatenated(const QByteArrayList &records); // pretty values back to back

// Re-indents compact JSON (string-aware), keeping every token's text as it is.
QByteArray prettyPrint(const QByteArray &compact, int indent, int baseIndent = 0);

// level 0 gives stored blocks, where a changed byte still decodes and only the CRC tells.
QByteArray gzip(const QByteArray &data, int level = 6);
// A gzip member whose payload has one digit changed: it decodes to other valid JSON and fails
// only its CRC check at the end.
QByteArray gzipWithSilentDamage(const QByteArray &data);
QByteArray randomBytes(qsizetype size, quint32 seed); // the same bytes for the same seed
bool writeFile(const QString &path, const QByteArray &data);

// The shared JSONTestSuite cases (PJL_SHARED_TESTDATA/jsontestsuite) with PostgreSQL 15's verdict
// on each (expected.tsv: does text::jsonb accept the file?), in the file's order; empty when they
// cannot be read.
struct JsonTestSuiteCase
{
    QString name; // e.g. "y_object_basic.json"
    QString path;
    QByteArray text;
    bool pgAccepts = false;
    QByteArray pgError; // when refused: SQLSTATE and message, e.g. "22003 value overflows numeric format"
};
QList<JsonTestSuiteCase> jsonTestSuiteCases();

} // namespace pjl::test
