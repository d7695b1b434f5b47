#include "jsonvalidator.h"
#include "pgconnection.h"
#include "testserver.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pjl;
using namespace pjl::test;

// The validator must say what PostgreSQL says. Generated cases around numeric's limits and the
// escape rules, each judged by the real server (SELECT $1::jsonb) and by the validator.
class TestPgAgreement final : public QObject
{
    Q_OBJECT

    static QByteArrayList cases()
    {
        QByteArrayList out;
        const QList<qint64> exponents = {0,     1,      308,    309,    400,        16383,
                                         16384, 131071, 131072, 131073, 1073741822, 1073741823};
        const QByteArrayList mantissas = {"0",   "1",       "9",     "10",  "0.1",  "0.01",
                                          "1.5", "123.456", "0.000", "100", "-7.25"};
        for (const QByteArray &m : mantissas) {
            for (qint64 e : exponents) {
                for (const char *sign : {"", "-", "+"}) {
                    for (const char *mark : {"e", "E"})
                        out.append('[' + m + mark + sign + QByteArray::number(e) + ']');
                }
            }
        }
        out.append("0." + QByteArray(16383, '0'));
        out.append("0." + QByteArray(16384, '0'));
        out.append("1" + QByteArray(131071, '0'));
        out.append("1" + QByteArray(131072, '0'));
        out.append("0." + QByteArray(16382, '0') + "1e1");
        for (const char *escape : {"\\u0000", "\\u0001", "\\ud800", "\\udbff\\udfff", "\\udc00",
                                   "\\ud800\\ud800", "\\ud800\\udc00\\udc00", "\\uD834\\uDD1E", "\\uFFFF",
                                   "\\uFFFE", "\\u00e9", "\\\\u0000", "\\ud800\\n", "\\ud800x"})
            out.append("{\"k\":\"a" + QByteArray(escape) + "b\"}");
        return out;
    }

private Q_SLOTS:
    void validatorAgreesWithServer()
    {
        QVERIFY2(TestServer::instance().isUp(), qPrintable(TestServer::instance().error()));
        PgConnection c;
        QVERIFY(c.open(TestServer::instance().settings()).isNull());
        JsonValidator validator;
        QStringList disagreements;
        const QByteArrayList all = cases();
        for (const QByteArray &json : all) {
            const auto server = c.exec("SELECT $1::jsonb IS NOT NULL", {json});
            QByteArray padded = json + QByteArray(JsonValidator::kPadding, ' ');
            const ValidationVerdict ours = validator.check(padded.constData(), size_t(json.size()));
            if (server.ok() != ours.ok)
                disagreements.append(QString::fromUtf8(json.left(60)) + u": server "_s +
                                     (server ? u"accepts"_s : server.error().sqlState) + u", validator "_s +
                                     (ours.ok ? u"accepts"_s : ours.sqlState));
            else if (!ours.ok && server.error().sqlState != ours.sqlState)
                disagreements.append(QString::fromUtf8(json.left(60)) + u": SQLSTATE "_s +
                                     server.error().sqlState + u" vs "_s + ours.sqlState);
        }
        QVERIFY(all.size() > 800);
        QVERIFY2(disagreements.isEmpty(), qPrintable(disagreements.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestPgAgreement)
#include "tst_pgagreement.moc"
