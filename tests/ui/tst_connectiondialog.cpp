#include "appsettings.h"
#include "connectiondialog.h"
#include "connectionpreflight.h"
#include "connectionstring.h"
#include "loadprofile.h"
#include "localserver.h"
#include "passwordstore.h"
#include "testserver.h"
#include "tlsserver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pjl::ConnectionDialog;
using pjl::ConnectionSettings;

class TestConnectionDialog final : public QObject
{
    Q_OBJECT

    std::unique_ptr<pjl::test::TlsServer> m_tls;

private Q_SLOTS:
    void cleanupTestCase()
    {
        m_tls.reset(); // stops its server, also after a failure
    }

    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"pgjsonload-tests"_s);
        QCoreApplication::setApplicationName(u"tst_connectiondialog"_s);
        QVERIFY2(pjl::test::TestServer::instance().isUp(),
                 qPrintable(pjl::test::TestServer::instance().error()));
    }

    void label_data()
    {
        QTest::addColumn<QString>("dsn");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("label");
        QTest::newRow("nothing") << QString() << QString() << u"Local server"_s;
        QTest::newRow("fields") << QString() << u"db1"_s << u"db1"_s;
        QTest::newRow("uri") << u"postgresql://bob:pw@db2:6000/sales"_s << QString()
                             << u"bob@db2:6000/sales"_s;
        QTest::newRow("field wins") << u"postgresql://bob@db2/sales"_s << u"db3"_s << u"bob@db3/sales"_s;
        QTest::newRow("socket") << u"host=/tmp/sock port=5 user=u dbname=d"_s << QString()
                                << u"u@local socket:5/d"_s;
        QTest::newRow("unparsable") << u"service=prod"_s << QString() << u"Connection string"_s;
    }

    void label()
    {
        QFETCH(QString, dsn);
        QFETCH(QString, host);
        QFETCH(QString, label);
        ConnectionSettings s;
        s.dsn = dsn;
        s.host = host;
        QCOMPARE(pjl::ConnectionString::label(s), label);
    }

    void parseDsn_data()
    {
        QTest::addColumn<QString>("dsn");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("complete");
        QTest::addColumn<QStringList>("fields"); // host, port, database, user, password, sslmode, sslrootcert
        QTest::newRow("uri") << u"postgresql://alice:s%40cret@db.example.com:6543/sales?sslmode=verify-full"_s
                             << true << true
                             << QStringList{u"db.example.com"_s, u"6543"_s,        u"sales"_s, u"alice"_s,
                                            u"s@cret"_s,         u"verify-full"_s, QString()};
        QTest::newRow("uri without user")
            << u"postgres://localhost/x"_s << true << true
            << QStringList{u"localhost"_s, QString(), u"x"_s, QString(), QString(), QString(), QString()};
        QTest::newRow("uri socket dir")
            << u"postgresql://%2Fvar%2Frun%2Fpostgresql/db"_s << true << true
            << QStringList{
                   u"/var/run/postgresql"_s, QString(), u"db"_s, QString(), QString(), QString(), QString()};
        QTest::newRow("uri ipv6") << u"postgresql://[::1]:5433/db"_s << true << true
                                  << QStringList{u"::1"_s,  u"5433"_s, u"db"_s,  QString(),
                                                 QString(), QString(), QString()};
        QTest::newRow("uri extra parameter")
            << u"postgresql://h/db?application_name=x"_s << true << false
            << QStringList{u"h"_s, QString(), u"db"_s, QString(), QString(), QString(), QString()};
        QTest::newRow("uri two hosts")
            << u"postgresql://h1:1,h2:2/db"_s << true << false
            << QStringList{QString(), QString(), u"db"_s, QString(), QString(), QString(), QString()};
        QTest::newRow("keywords")
            << u"host=db port=5 dbname='my db' user=bob password='it\\'s' sslmode=require"_s << true << true
            << QStringList{u"db"_s, u"5"_s, u"my db"_s, u"bob"_s, u"it's"_s, u"require"_s, QString()};
        QTest::newRow("keywords, unknown key")
            << u"host=db options=-cwork_mem=1GB"_s << true << false
            << QStringList{u"db"_s, QString(), QString(), QString(), QString(), QString(), QString()};
        QTest::newRow("garbage") << u"not a connection string"_s << false << false << QStringList();
        QTest::newRow("unterminated quote") << u"host='db"_s << false << false << QStringList();
    }

    void parseDsn()
    {
        QFETCH(QString, dsn);
        QFETCH(bool, ok);
        QFETCH(bool, complete);
        QFETCH(QStringList, fields);
        ConnectionSettings s;
        bool isComplete = true;
        QCOMPARE(pjl::ConnectionString::parse(dsn, &s, &isComplete), ok);
        QCOMPARE(isComplete, complete);
        if (!ok)
            return;
        QCOMPARE((QStringList{s.host, s.port, s.database, s.user, s.password, s.sslMode, s.sslRootCert}),
                 fields);
    }

    void pastingAUriFillsTheFields()
    {
        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *uri = dialog.findChild<QLineEdit *>(u"uri"_s);
        QVERIFY(uri);
        QTest::keyClicks(
            uri,
            u"postgresql://alice:pw@db.example.com:6543/sales?sslmode=verify-ca&sslrootcert=/etc/r.crt"_s);
        QCOMPARE(dialog.findChild<QLineEdit *>(u"host"_s)->text(), u"db.example.com"_s);
        QCOMPARE(dialog.findChild<QLineEdit *>(u"port"_s)->text(), u"6543"_s);
        QCOMPARE(dialog.findChild<QLineEdit *>(u"database"_s)->text(), u"sales"_s);
        QCOMPARE(dialog.findChild<QLineEdit *>(u"user"_s)->text(), u"alice"_s);
        QCOMPARE(dialog.findChild<QLineEdit *>(u"password"_s)->text(), u"pw"_s);
        QCOMPARE(dialog.findChild<QComboBox *>(u"sslMode"_s)->currentData().toString(), u"verify-ca"_s);
        QVERIFY(dialog.findChild<QLineEdit *>(u"sslRootCert"_s)->isEnabled());
        const ConnectionSettings s = dialog.settings();
        QCOMPARE(s.sslRootCert, u"/etc/r.crt"_s);
        QVERIFY(s.dsn.isEmpty());      // the fields say it all
        QCOMPARE(s.password, u"pw"_s); // in memory, for this session

        // The root certificate belongs to the verify modes only.
        auto *mode = dialog.findChild<QComboBox *>(u"sslMode"_s);
        mode->setCurrentIndex(mode->findData(u"require"_s));
        QVERIFY(!dialog.findChild<QLineEdit *>(u"sslRootCert"_s)->isEnabled());
        QVERIFY(dialog.settings().sslRootCert.isEmpty());
    }

    // A client certificate and key: from a pasted string or the fields, into the settings, the
    // libpq parameters and a saved connection, and back into the fields.
    void clientCertificateRoundTrips()
    {
        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *uri = dialog.findChild<QLineEdit *>(u"uri"_s);
        auto *cert = dialog.findChild<QLineEdit *>(u"sslCert"_s);
        auto *key = dialog.findChild<QLineEdit *>(u"sslKey"_s);
        auto *mode = dialog.findChild<QComboBox *>(u"sslMode"_s);
        QVERIFY(uri && cert && key && mode);
        QTest::keyClicks(uri,
                         u"host=db.example.com dbname=sales user=loader sslmode=verify-full "
                         "sslrootcert=/etc/ca.crt sslcert=/home/l/client.crt sslkey='/home/l/my key.key'"_s);
        QCOMPARE(cert->text(), u"/home/l/client.crt"_s);
        QCOMPARE(key->text(), u"/home/l/my key.key"_s);
        ConnectionSettings s = dialog.settings();
        QVERIFY(s.dsn.isEmpty()); // the fields say it all
        QCOMPARE(s.sslCert, u"/home/l/client.crt"_s);
        QCOMPARE(s.sslKey, u"/home/l/my key.key"_s);

        const auto params = s.libpqParams(u"test"_s);
        QVERIFY(params.contains(qMakePair(QByteArray("sslcert"), QByteArray("/home/l/client.crt"))));
        QVERIFY(params.contains(qMakePair(QByteArray("sslkey"), QByteArray("/home/l/my key.key"))));
        QVERIFY(params.contains(qMakePair(QByteArray("sslmode"), QByteArray("verify-full"))));

        // Typed into the fields, under any encrypting mode.
        mode->setCurrentIndex(mode->findData(u"require"_s));
        QVERIFY(cert->isEnabled() && key->isEnabled());
        cert->clear();
        key->clear();
        QTest::keyClicks(cert, u"/c/other.crt"_s);
        QTest::keyClicks(key, u"/c/other.key"_s);
        s = dialog.settings();
        QCOMPARE(s.sslCert, u"/c/other.crt"_s);
        QCOMPARE(s.sslKey, u"/c/other.key"_s);
        QCOMPARE(s.sslMode, u"require"_s);

        // Saved (profiles, recent connections) and read back, into another dialog.
        const ConnectionSettings back =
            pjl::LoadProfile::connectionFromJson(pjl::LoadProfile::connectionToJson(s));
        QCOMPARE(back.sslCert, s.sslCert);
        QCOMPARE(back.sslKey, s.sslKey);
        ConnectionDialog other;
        other.setSettings(back);
        QCOMPARE(other.settings(), back);

        // Never sent without encryption.
        mode->setCurrentIndex(mode->findData(u"disable"_s));
        QVERIFY(!cert->isEnabled() && !key->isEnabled());
        QVERIFY(dialog.settings().sslCert.isEmpty() && dialog.settings().sslKey.isEmpty());
    }

    // Every sslmode from the dialog's fields, against a server with TLS (TlsServer): "sslonly" may
    // connect only with SSL, "plainonly" only without, "certuser" only with its certificate.
    void testConnectionOverTls_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("rootCert"); // ca.crt, wrongca.crt or none
        QTest::addColumn<bool>("clientCert");
        QTest::addColumn<QString>("result"); // part of the dialog's answer
        const QString ok = u"Connected to PostgreSQL"_s;
        QTest::newRow("disable") << u"plainonly"_s << u"localhost"_s << u"disable"_s << QString() << false
                                 << ok;
        QTest::newRow("allow") << u"sslonly"_s << u"localhost"_s << u"allow"_s << QString() << false << ok;
        QTest::newRow("prefer") << u"sslonly"_s << u"localhost"_s << u"prefer"_s << QString() << false << ok;
        QTest::newRow("require") << u"sslonly"_s << u"localhost"_s << u"require"_s << QString() << false
                                 << ok;
        QTest::newRow("require, no SSL")
            << u"plainonly"_s << u"localhost"_s << u"require"_s << QString() << false << u"SSL encryption"_s;
        QTest::newRow("verify-ca") << u"sslonly"_s << u"127.0.0.1"_s << u"verify-ca"_s << u"ca.crt"_s << false
                                   << ok;
        QTest::newRow("verify-full") << u"sslonly"_s << u"localhost"_s << u"verify-full"_s << u"ca.crt"_s
                                     << false << ok;
        QTest::newRow("verify-full, wrong CA") << u"sslonly"_s << u"localhost"_s << u"verify-full"_s
                                               << u"wrongca.crt"_s << false << u"certificate verify failed"_s;
        QTest::newRow("verify-full, wrong host name")
            << u"sslonly"_s << u"127.0.0.1"_s << u"verify-full"_s << u"ca.crt"_s << false
            << u"does not match host name"_s;
        QTest::newRow("client certificate")
            << u"certuser"_s << u"localhost"_s << u"verify-full"_s << u"ca.crt"_s << true << ok;
        QTest::newRow("client certificate missing") << u"certuser"_s << u"localhost"_s << u"verify-full"_s
                                                    << u"ca.crt"_s << false << u"certificate"_s;
    }

    void testConnectionOverTls()
    {
        QFETCH(QString, user);
        QFETCH(QString, host);
        QFETCH(QString, mode);
        QFETCH(QString, rootCert);
        QFETCH(bool, clientCert);
        QFETCH(QString, result);
        if (!m_tls) // one for all rows
            m_tls = std::make_unique<pjl::test::TlsServer>(u"dialog-tls"_s);
        const pjl::test::TlsServer &server = *m_tls;
        QVERIFY2(server.isUp(), qPrintable(server.error()));

        ConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const auto type = [&dialog](const char *name, const QString &text) {
            auto *edit = dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
            QVERIFY(edit && edit->isEnabled());
            QTest::keyClicks(edit, text);
        };
        type("host", host);
        type("port", server.port());
        type("database", u"postgres"_s);
        type("user", user);
        auto *modes = dialog.findChild<QComboBox *>(u"sslMode"_s);
        modes->setCurrentIndex(modes->findData(mode));
        if (!rootCert.isEmpty())
            type("sslRootCert", server.cert(rootCert));
        if (clientCert) {
            type("sslCert", server.cert(u"client.crt"_s));
            type("sslKey", server.cert(u"client.key"_s));
        }
        QSignalSpy tested(&dialog, &ConnectionDialog::tested);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"testConnection"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 30000);
        QVERIFY2(dialog.testResult().contains(result), qPrintable(dialog.testResult()));
    }

    void testConnectionReportsTheServerVersion()
    {
        ConnectionDialog dialog;
        dialog.setSettings(pjl::test::TestServer::instance().settings());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy tested(&dialog, &ConnectionDialog::tested);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"testConnection"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 20000);
        QVERIFY2(dialog.testResult().contains(u"PostgreSQL 1"_s), qPrintable(dialog.testResult()));
        QVERIFY(dialog.testResult().contains(u"postgres@"_s));
    }

    void testConnectionReportsTheExactError()
    {
        ConnectionDialog dialog;
        ConnectionSettings s;
        s.host = u"127.0.0.1"_s;
        s.port = u"1"_s;
        s.database = u"nowhere"_s;
        dialog.setSettings(s);
        QSignalSpy tested(&dialog, &ConnectionDialog::tested);
        dialog.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 20000);
        const QString text = dialog.testResult();
        QVERIFY2(text.contains(u"127.0.0.1"_s) && text.contains(u"refused"_s), qPrintable(text));

        // A database that does not exist: the server's own words.
        ConnectionSettings missing = pjl::test::TestServer::instance().settings(u"no_such_database_xyz"_s);
        dialog.setSettings(missing);
        dialog.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 2, 20000);
        QVERIFY2(dialog.testResult().contains(u"no_such_database_xyz"_s), qPrintable(dialog.testResult()));
    }

    void recentConnectionsNeverKeepAPassword()
    {
        {
            pjl::AppSettings settings;
            ConnectionSettings s;
            s.host = u"db.example.com"_s;
            s.user = u"alice"_s;
            s.password = u"topsecret-1"_s;
            s.dsn = u"postgresql://alice:topsecret-2@db.example.com/x?application_name=y"_s;
            settings.addRecentConnection(s);
            const ConnectionSettings back = settings.recentConnections().first();
            QCOMPARE(back.host, u"db.example.com"_s);
            QVERIFY(back.password.isEmpty());
            QCOMPARE(back.dsn, u"postgresql://alice@db.example.com/x?application_name=y"_s);
        }
        QSettings raw;
        raw.sync();
        QFile file(raw.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("topsecret"));

        ConnectionDialog dialog;
        dialog.setRecent(pjl::AppSettings().recentConnections());
        auto *recent = dialog.findChild<QComboBox *>(u"recent"_s);
        QVERIFY(recent->count() >= 2);
        QVERIFY(recent->isEnabled());
    }

    void preflightConnectsOrSaysWhy()
    {
        pjl::PasswordStore store;
        pjl::ConnectionPreflight preflight(&store);
        QSignalSpy ready(&preflight, &pjl::ConnectionPreflight::ready);
        QSignalSpy failed(&preflight, &pjl::ConnectionPreflight::failed);
        QSignalSpy password(&preflight, &pjl::ConnectionPreflight::passwordNeeded);
        preflight.start(pjl::test::TestServer::instance().settings());
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
        QVERIFY(ready.first().at(1).toString().startsWith(u"PostgreSQL"_s));
        QVERIFY(!store.isKeychainUsable()); // offscreen: never a keychain prompt in tests

        ConnectionSettings bad;
        bad.host = u"127.0.0.1"_s;
        bad.port = u"1"_s;
        preflight.start(bad);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QVERIFY(failed.first().at(0).toString().contains(u"Cannot connect"_s));
        QCOMPARE(password.count(), 0);
    }

    // The sandbox choice: its own fields instead of the server's, a real start on Test Connection,
    // and the preflight hands the load where the sandbox actually listens.
    void theLocalSandboxStartsOnTest()
    {
        QTemporaryDir tmp;
        // As root the sandbox runs as "postgres", which must be able to enter the folder.
        QFile::setPermissions(tmp.path(), QFile::permissions(tmp.path()) | QFileDevice::ExeOther |
                                              QFileDevice::ReadOther);
        const QString folder = tmp.filePath(u"sandbox"_s);

        ConnectionDialog dialog;
        dialog.setSettings(pjl::test::TestServer::instance().settings());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *sandboxBox = dialog.findChild<QWidget *>(u"sandbox"_s);
        auto *host = dialog.findChild<QLineEdit *>(u"host"_s);
        QVERIFY(!sandboxBox->isVisible());
        QVERIFY(host->isVisible());
        dialog.findChild<QRadioButton *>(u"useSandbox"_s)->click();
        QVERIFY(sandboxBox->isVisible());
        QVERIFY(!host->isVisible());
        // The programs are looked for off the UI thread, then named.
        auto *status = dialog.findChild<QLabel *>(u"sandboxStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            status->text().contains(u"initdb"_s) == false && status->text().contains(u"/bin"_s), 20000);
        dialog.findChild<QLineEdit *>(u"sandboxFolder"_s)->setText(folder);
        dialog.findChild<QCheckBox *>(u"keepSandbox"_s)->setChecked(true);
        QVERIFY(dialog.keepSandboxRunning());

        const ConnectionSettings chosen = dialog.settings();
        QVERIFY(chosen.local);
        QCOMPARE(chosen.localDirectory, folder);
        QVERIFY(chosen.host.isEmpty()); // nothing of the server's fields leaks in
        QCOMPARE(pjl::ConnectionString::label(chosen), u"Local PostgreSQL (sandbox in %1)"_s.arg(folder));

        QSignalSpy tested(&dialog, &ConnectionDialog::tested);
        dialog.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 120000);
        QVERIFY2(dialog.testResult().contains(u"PostgreSQL 1"_s), qPrintable(dialog.testResult()));
        pjl::LocalServer server(folder);
        QVERIFY(server.isRunning());

        pjl::PasswordStore store;
        pjl::ConnectionPreflight preflight(&store);
        QSignalSpy ready(&preflight, &pjl::ConnectionPreflight::ready);
        preflight.start(chosen);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 60000);
        const auto where = ready.first().at(0).value<ConnectionSettings>();
        QVERIFY(!where.local);
        QCOMPARE(where.host, server.connectionSettings()->host);

        // Reopened with these settings, the dialog shows the sandbox again.
        ConnectionDialog again;
        again.setSettings(chosen);
        QVERIFY(again.findChild<QRadioButton *>(u"useSandbox"_s)->isChecked());
        QCOMPARE(again.settings(), chosen);

        pjl::LocalServer::stopStartedHere();
        QVERIFY(!server.isRunning());
    }
};

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
