#pragma once

#include <QByteArray>
#include <QRandomGenerator>
#include <QString>

namespace pjl::test {

// Random JSON records for the exactness runs. Keys come from a small pool so that duplicates are
// common, and are written raw or escaped (\u, surrogate pairs, \/) at random, so a duplicate may
// not look like one; whitespace anywhere at the chosen rate.
class RecordGenerator
{
public:
    RecordGenerator(quint32 seed, int whitespacePercent);

    QByteArray record(int maxDepth);

    // A small record wrapped in depth levels of objects (with sibling members, some of them
    // duplicates of the wrapping key) and arrays.
    QByteArray deepRecord(int depth);

private:
    int below(int n) { return int(m_random.bounded(quint32(n))); }

    void space(QByteArray &out);
    // Each character raw, or as \uXXXX (a surrogate pair beyond the BMP), "/" also as "\/".
    void text(QByteArray &out, const QString &s);
    QString key();
    void number(QByteArray &out);
    void value(QByteArray &out, int depth, bool container = false);

    QRandomGenerator m_random;
    int m_whitespace;
};

// For failure messages: bytes outside printable ASCII as \xHH, the first 200.
QString shown(const QByteArray &bytes);

// json with one to three bytes deleted, inserted or replaced, from the bytes that matter most to
// a scanner (punctuation, quotes, escapes, literal and number characters, whitespace, raw bytes).
QByteArray mutated(QByteArray json, QRandomGenerator &random);

} // namespace pjl::test
