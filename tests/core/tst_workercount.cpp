#include "pgconnection.h"
#include "testserver.h"
#include "workercount.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pjl;
using namespace pjl::test;

// The default number of workers: one per core of the server where that can be read.
class TestWorkerCount final : public QObject
{
    Q_OBJECT

    ConnectionSettings m_db;

    ConnectionSettings as(const QString &extra) const
    {
        ConnectionSettings s = m_db;
        s.dsn += u' ' + extra; // libpq: the last value of a keyword wins
        return s;
    }

    static int ownAllowedCpus()
    {
        QFile status(u"/proc/self/status"_s);
        if (!status.open(QIODevice::ReadOnly))
            return 0;
        return WorkerCount::allowedCpus(status.readAll());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestServer::instance().isUp(), qPrintable(TestServer::instance().error()));
        m_db = TestServer::instance().freshDatabase(u"workercount"_s);
        QString error;
        TestServer::instance().query(u"workercount"_s, u"DROP ROLE IF EXISTS plainrole"_s, &error);
        TestServer::instance().query(u"workercount"_s, u"CREATE ROLE plainrole LOGIN"_s, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void countCpuList_data()
    {
        QTest::addColumn<QByteArray>("list");
        QTest::addColumn<int>("count");
        QTest::newRow("ranges and singles") << QByteArray("0-3,8,10-11") << 7;
        QTest::newRow("one") << QByteArray("0") << 1;
        QTest::newRow("as /sys/.../online reads") << QByteArray("0-1\n") << 2;
        QTest::newRow("after the key, with a tab") << QByteArray("\t0-63") << 64;
        QTest::newRow("empty") << QByteArray() << 0;
        QTest::newRow("not a list") << QByteArray("ff") << 0;
        QTest::newRow("backwards range") << QByteArray("3-1") << 0;
        QTest::newRow("one bad part spoils it") << QByteArray("0-3,x") << 0;
        QTest::newRow("open range") << QByteArray("2-") << 0;
    }

    void countCpuList()
    {
        QFETCH(QByteArray, list);
        QFETCH(int, count);
        QCOMPARE(WorkerCount::countCpuList(list), count);
    }

    void allowedCpus()
    {
        const QByteArray status = "Name:\tpostgres\nCpus_allowed:\tffff\nCpus_allowed_list:\t0-11,16-19\n"
                                  "Mems_allowed_list:\t0\n";
        QCOMPARE(WorkerCount::allowedCpus(status), 16);
        QCOMPARE(WorkerCount::allowedCpus("Name:\tpostgres\n"), 0);
    }

    void quotaCpus_data()
    {
        QTest::addColumn<QByteArray>("cpuMax");
        QTest::addColumn<int>("cpus");
        QTest::newRow("no quota") << QByteArray("max 100000\n") << 0;
        QTest::newRow("two CPUs") << QByteArray("200000 100000\n") << 2;
        QTest::newRow("one and a half rounds up") << QByteArray("150000 100000") << 2;
        QTest::newRow("half a CPU is one") << QByteArray("50000 100000") << 1;
        QTest::newRow("empty") << QByteArray() << 0;
        QTest::newRow("garbage") << QByteArray("abc") << 0;
        QTest::newRow("zero period") << QByteArray("100000 0") << 0;
    }

    void quotaCpus()
    {
        QFETCH(QByteArray, cpuMax);
        QFETCH(int, cpus);
        QCOMPARE(WorkerCount::quotaCpus(cpuMax), cpus);
    }

    void serverOnThisComputerGetsOnePerLocalCore_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("Unix-domain socket") << QString();
        QTest::newRow("TCP to 127.0.0.1") << u"host=127.0.0.1"_s;
    }

    void serverOnThisComputerGetsOnePerLocalCore()
    {
        QFETCH(QString, how);
        PgConnection connection;
        QVERIFY(connection.open(as(how)).isNull());
        const WorkerCount count = WorkerCount::choose(connection, 5);
        QVERIFY(count.serverIsLocal);
        QCOMPARE(count.workers, 5);
        QVERIFY2(count.reason().contains(u"this computer"_s), qPrintable(count.reason()));
    }

    void superuserReadsTheServersCores()
    {
        // The server runs here, so its backend may use the CPUs this process may use.
        PgConnection connection;
        QVERIFY(connection.open(m_db).isNull());
        const int own = ownAllowedCpus();
        QVERIFY(own > 0);
        QCOMPARE(WorkerCount::readServerCores(connection), own);
    }

    void otherRolesFallBackAndKeepTheirSession()
    {
        PgConnection connection;
        QVERIFY(connection.open(as(u"user=plainrole"_s)).isNull());
        QFile log(TestServer::instance().directory() + u"/server.log"_s);
        QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(log.fileName()));
        const qint64 before = log.size();
        QCOMPARE(WorkerCount::readServerCores(connection), 0); // not allowed: not known
        // Not even tried: the attempt would leave an error in the server's log at every load.
        QVERIFY(log.seek(before));
        const QByteArray logged = log.readAll();
        QVERIFY2(!logged.contains("permission denied for function pg_read_file"), logged.constData());
        const auto after = connection.exec("SELECT 41 + 1");
        QVERIFY(after);
        QCOMPARE(after->bytes(0, 0), QByteArray("42"));
    }

    void reasonSaysWhatWasChosen()
    {
        WorkerCount remote;
        remote.serverCores = 32;
        remote.workers = 8;
        QVERIFY2(remote.reason().contains(u"32"_s) && remote.reason().contains(u"at most 8"_s),
                 qPrintable(remote.reason()));
        WorkerCount unknown;
        QVERIFY2(unknown.reason().contains(u"could not be read"_s), qPrintable(unknown.reason()));
    }
};

QTEST_GUILESS_MAIN(TestWorkerCount)
#include "tst_workercount.moc"
