#include "recordgenerator.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace pjl::test {

RecordGenerator::RecordGenerator(quint32 seed, int whitespacePercent)
    : m_random(seed)
    , m_whitespace(whitespacePercent)
{}

QByteArray RecordGenerator::record(int maxDepth)
{
    QByteArray out;
    space(out);
    value(out, maxDepth, true);
    space(out);
    return out;
}

QByteArray RecordGenerator::deepRecord(int depth)
{
    QByteArray out = record(2);
    for (int i = 0; i < depth; ++i) {
        QByteArray wrapped;
        if (below(3) == 0) {
            wrapped = "[1,";
            space(wrapped);
            wrapped += out + ",\"x\"]";
        } else {
            wrapped = "{";
            const int siblings = below(4);
            const int at = below(siblings + 1);
            for (int k = 0; k <= siblings; ++k) {
                if (k)
                    wrapped.append(',');
                space(wrapped);
                text(wrapped, key());
                wrapped.append(':');
                space(wrapped);
                if (k == at)
                    wrapped.append(out);
                else
                    value(wrapped, 0);
            }
            wrapped.append('}');
        }
        out = wrapped;
    }
    return out;
}

void RecordGenerator::space(QByteArray &out)
{
    static const char kSpaces[] = {' ', '\t', '\n', '\r'};
    while (below(100) < m_whitespace)
        out.append(kSpaces[below(4)]);
}

void RecordGenerator::text(QByteArray &out, const QString &s)
{
    out.append('"');
    for (const char32_t c : s.toUcs4()) {
        const int choice = below(4);
        if (c == U'"' || c == U'\\') {
            out.append('\\').append(char(c));
        } else if (c < 0x20) {
            out.append(QByteArray("\\u00") + QByteArray::number(uint(c), 16).rightJustified(2, '0'));
        } else if (c == U'/' && choice == 0) {
            out.append("\\/");
        } else if (choice == 1 && c < 0x10000) {
            out.append("\\u" + QByteArray::number(uint(c), 16).rightJustified(4, '0'));
        } else if (choice == 1) {
            const char32_t v = c - 0x10000;
            out.append("\\u" + QByteArray::number(uint(0xD800 + (v >> 10)), 16) + "\\u" +
                       QByteArray::number(uint(0xDC00 + (v & 0x3FF)), 16).toUpper());
        } else {
            out.append(QString::fromUcs4(&c, 1).toUtf8());
        }
    }
    out.append('"');
}

QString RecordGenerator::key()
{
    static const QStringList kKeys = {u""_s,   u"a"_s,  u"b"_s,  u"ab"_s,      u"ba"_s,   u"id"_s,
                                      u"/"_s,  u"é"_s,  u"zz"_s, u"日本"_s,    u"😀"_s,    u"a/b"_s,
                                      u"\n"_s, u"\""_s, u"\\"_s, u"user"_s,    u"name"_s, u"event_type"_s,
                                      u"ts"_s, u"x"_s,  u"\t"_s, u"payload"_s, u"ü😀x"_s,  u"abc"_s};
    return kKeys[below(int(kKeys.size()))];
}

void RecordGenerator::number(QByteArray &out)
{
    static const QByteArrayList kNumbers = {
        "0",       "-0",   "1",    "-1",
        "1.0",     "1E+2", "1e2",  "1e400",
        "-1e-400", "0.5",  "1e-7", "123456",
        "1.50E-3", "-0.0", "1E0",  "99999999999999999999999999999999999999999",
        "2.5e+10"};
    out.append(kNumbers[below(int(kNumbers.size()))]);
}

void RecordGenerator::value(QByteArray &out, int depth, bool container)
{
    const int kind = container ? 5 + below(2) : below(depth > 0 ? 7 : 5);
    switch (kind) {
    case 0:
        out.append(below(2) ? "true" : "false");
        break;
    case 1:
        out.append("null");
        break;
    case 2:
    case 3:
        number(out);
        break;
    case 4: {
        static const QStringList kStrings = {u""_s,
                                             u"plain"_s,
                                             u"tab\there"_s,
                                             u"quote \" and \\"_s,
                                             u"ünïcødé 日本 😀"_s,
                                             u"https://example.com/a/b"_s};
        text(out, kStrings[below(int(kStrings.size()))]);
        break;
    }
    case 5: {
        out.append('{');
        const int n = below(below(10) == 0 ? 40 : 6);
        for (int i = 0; i < n; ++i) {
            if (i)
                out.append(',');
            space(out);
            text(out, key());
            space(out);
            out.append(':');
            space(out);
            value(out, depth - 1);
            space(out);
        }
        space(out);
        out.append('}');
        break;
    }
    default: {
        out.append('[');
        const int n = below(5);
        for (int i = 0; i < n; ++i) {
            if (i)
                out.append(',');
            space(out);
            value(out, depth - 1);
            space(out);
        }
        out.append(']');
        break;
    }
    }
}

// For failure messages: bytes outside printable ASCII as \xHH.
QString shown(const QByteArray &bytes)
{
    QString out;
    for (const char c : bytes.left(200)) {
        const auto u = static_cast<unsigned char>(c);
        out += (u >= 0x20 && u < 0x7F) ? QString(QLatin1Char(c))
                                       : u"\\x%1"_s.arg(uint(u), 2, 16, QLatin1Char('0'));
    }
    return out;
}

// json with one to three bytes deleted, inserted or replaced, from the bytes that matter most to
// a scanner (punctuation, quotes, escapes, literal and number characters, whitespace, raw bytes).
QByteArray mutated(QByteArray json, QRandomGenerator &random)
{
    static const QByteArray kBytes = QByteArray("{}[],:\" \\/tfnrue0123456789.+-Eu \t\n") + char(0) +
                                     char(0x1F) + char(0x80) + char(0xC3) + char(0xFF);
    const int edits = 1 + int(random.bounded(3u));
    for (int e = 0; e < edits; ++e) {
        const qsizetype at = qsizetype(random.bounded(quint32(json.size() + 1)));
        const char byte = kBytes[qsizetype(random.bounded(quint32(kBytes.size())))];
        switch (random.bounded(3u)) {
        case 0:
            if (at < json.size())
                json.remove(at, 1);
            break;
        case 1:
            json.insert(at, byte);
            break;
        default:
            if (at < json.size())
                json[at] = byte;
            break;
        }
    }
    return json;
}

} // namespace pjl::test
