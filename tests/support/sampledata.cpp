#include "sampledata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <zlib.h>

namespace pjl::test {

namespace {

struct Rng
{
    quint64 state;
    quint64 next()
    {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    }
    int below(int n) { return int(next() % quint64(n)); }
};

const char *const kWords[] = {"page_view",
                              "click",
                              "purchase",
                              "José Müller",
                              "李雷",
                              "Ærøskøbing",
                              "😀 smile",
                              "quote \\\" inside",
                              "back\\\\slash",
                              "tab\\tand\\nnewline",
                              "\\u00e9t\\u00e9",
                              "\\ud83d\\ude00 escaped",
                              "comma,\\n and ]} brackets",
                              "",
                              "null"};
const char *const kNumbers[] = {"0",
                                "-1",
                                "42",
                                "3.14159",
                                "-0.5",
                                "1.5e-7",
                                "2E+10",
                                "1E400",
                                "-123456789012345678901234567890",
                                "0.000001",
                                "6.02214076e23",
                                "1e-300"};

QByteArray value(Rng &rng, int depth)
{
    const int kind = rng.below(depth > 3 ? 5 : 8);
    switch (kind) {
    case 0:
        return '"' + QByteArray(kWords[rng.below(int(std::size(kWords)))]) + '"';
    case 1:
        return kNumbers[rng.below(int(std::size(kNumbers)))];
    case 2:
        return rng.below(2) ? "true" : "false";
    case 3:
        return "null";
    case 4:
        return QByteArray::number(rng.below(1000000));
    case 5: {
        QByteArray a = "[";
        const int n = rng.below(4);
        for (int i = 0; i < n; ++i)
            a += (i ? "," : "") + value(rng, depth + 1);
        return a + ']';
    }
    default: {
        QByteArray o = "{";
        const int n = rng.below(5);
        for (int i = 0; i < n; ++i)
            o += (i ? "," : "") +
                 ("\"k" + QByteArray::number(i) + '_' + QByteArray(kWords[rng.below(3)]) + "\":") +
                 value(rng, depth + 1);
        return o + '}';
    }
    }
}

} // namespace

QByteArrayList sampleRecords(int count, int seed, bool objectsOnly)
{
    Rng rng{quint64(seed) * 0x9E3779B97F4A7C15ULL + 1};
    QByteArrayList out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        QByteArray r = "{\"id\":" + QByteArray::number(i) + ",\"seed\":" + QByteArray::number(seed) +
                       ",\"v\":" + value(rng, 0) + ",\"w\":" + value(rng, 1) + '}';
        if (!objectsOnly && i % 97 == 5)
            r = value(rng, 4); // now and then a scalar or an array as a whole record
        out.append(r);
    }
    return out;
}

QByteArray asNdjson(const QByteArrayList &records)
{
    return records.join('\n') + '\n';
}

QByteArray asBrokenArray(const QByteArrayList &records)
{
    return '[' + records.join(",\n") + '\n';
}

QByteArray asArray(const QByteArrayList &records)
{
    return "[\n" + records.join(",\n") + "\n]\n";
}

QByteArray prettyPrint(const QByteArray &compact, int indent, int baseIndent)
{
    QByteArray out;
    int level = 0;
    bool inString = false;
    const auto newline = [&] { out += '\n' + QByteArray(baseIndent + level * indent, ' '); };
    for (qsizetype i = 0; i < compact.size(); ++i) {
        const char c = compact[i];
        if (inString) {
            out += c;
            if (c == '\\')
                out += compact[++i];
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[':
            out += c;
            if (i + 1 < compact.size() && (compact[i + 1] == '}' || compact[i + 1] == ']')) {
                out += compact[++i];
                break;
            }
            ++level;
            newline();
            break;
        case '}':
        case ']':
            --level;
            newline();
            out += c;
            break;
        case ',':
            out += c;
            newline();
            break;
        case ':':
            out += ": ";
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray asPrettyArray(const QByteArrayList &records, int indent)
{
    QByteArrayList pretty;
    for (const QByteArray &r : records)
        pretty.append(QByteArray(indent, ' ') + prettyPrint(r, indent, indent));
    return "[\n" + pretty.join(",\n") + "\n]\n";
}

QByteArray asConcatenated(const QByteArrayList &records)
{
    QByteArray out;
    for (const QByteArray &r : records)
        out += prettyPrint(r, 2) + '\n';
    return out;
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    for (char &c : data)
        c = char(random.bounded(256));
    return data;
}

QByteArray gzip(const QByteArray &data, int level)
{
    z_stream z{};
    deflateInit2(&z, level, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))) + 64, '\0');
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

QByteArray gzipWithSilentDamage(const QByteArray &data)
{
    QByteArray z = gzip(data, 0);
    // The 10-byte header and a 5-byte stored-block header come first; the trailer is 8 bytes.
    for (qsizetype i = z.size() / 2; i < z.size() - 8; ++i) {
        if (z[i] >= '0' && z[i] <= '8') {
            z[i] = char(z[i] + 1);
            return z;
        }
    }
    return {};
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QList<JsonTestSuiteCase> jsonTestSuiteCases()
{
    const QString dir = QStringLiteral(PJL_SHARED_TESTDATA) + QStringLiteral("/jsontestsuite/");
    QFile tsv(dir + QStringLiteral("expected.tsv"));
    if (!tsv.open(QIODevice::ReadOnly))
        return {};
    QList<JsonTestSuiteCase> out;
    tsv.readLine(); // header
    while (!tsv.atEnd()) {
        const QByteArrayList fields = tsv.readLine().trimmed().split('\t');
        if (fields.size() < 3)
            continue;
        JsonTestSuiteCase c;
        c.name = QString::fromUtf8(fields[0]);
        c.path = dir + QStringLiteral("cases/") + c.name;
        QFile file(c.path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        c.text = file.readAll();
        c.pgAccepts = fields[2] == "yes";
        c.pgError = fields.value(3);
        out.append(c);
    }
    return out;
}

} // namespace pjl::test
