#include "connectiondialog.h"

#include "connectionstring.h"
#include "latestonly.h"
#include "loadprofile.h"
#include "localserver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pjl {

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_useServer(new QRadioButton(tr("A PostgreSQL ser&ver"), this))
    , m_useSandbox(new QRadioButton(tr("&Local PostgreSQL (sandbox)"), this))
    , m_uriBox(new QGroupBox(tr("Connection URI"), this))
    , m_serverBox(new QGroupBox(tr("Server"), this))
    , m_sandboxBox(new QGroupBox(tr("Local PostgreSQL (sandbox)"), this))
    , m_sandboxDir(new QLineEdit(m_sandboxBox))
    , m_sandboxPrograms(new QLineEdit(m_sandboxBox))
    , m_sandboxStatus(new QLabel(m_sandboxBox))
    , m_keepSandbox(new QCheckBox(tr("&Keep it running when pgjsonload quits"), m_sandboxBox))
    , m_recent(new QComboBox(this))
    , m_uri(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QLineEdit(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember in the system &keychain"), this))
    , m_sslMode(new QComboBox(this))
    , m_rootCert(new QLineEdit(this))
    , m_browseCert(new QPushButton(tr("Browse…"), this))
    , m_clientCert(new QLineEdit(this))
    , m_clientKey(new QLineEdit(this))
    , m_browseClientCert(new QPushButton(tr("Browse…"), this))
    , m_browseClientKey(new QPushButton(tr("Browse…"), this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_resultIcon(new QLabel(this))
    , m_result(new QLabel(this))
{
    setObjectName(u"connectionDialog"_s);
    setWindowTitle(tr("Database Connection"));

    m_recent->setObjectName(u"recent"_s);
    m_uri->setObjectName(u"uri"_s);
    m_uri->setPlaceholderText(tr("postgresql://user@host:5432/database  or  host=… dbname=…"));
    m_uri->setClearButtonEnabled(true);
    m_host->setObjectName(u"host"_s);
    m_host->setPlaceholderText(tr("localhost or a socket directory"));
    m_port->setObjectName(u"port"_s);
    m_port->setPlaceholderText(u"5432"_s);
    m_port->setValidator(new QIntValidator(1, 65535, m_port));
    m_port->setMaximumWidth(fontMetrics().horizontalAdvance(u"000000000"_s));
    m_database->setObjectName(u"database"_s);
    m_database->setPlaceholderText(tr("same as the user name"));
    m_user->setObjectName(u"user"_s);
    m_user->setPlaceholderText(tr("your login name"));
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from ~/.pgpass or the keychain, or asked when needed"));
    m_remember->setObjectName(u"rememberPassword"_s);
    m_remember->setToolTip(tr("Passwords are never written to a pgjsonload file."));
    m_sslMode->setObjectName(u"sslMode"_s);
    const QList<QPair<QString, QString>> modes = {
        {tr("Default (prefer)"), QString()},
        {tr("disable — never encrypt"), u"disable"_s},
        {tr("allow — encrypt if the server insists"), u"allow"_s},
        {tr("prefer — encrypt if the server can"), u"prefer"_s},
        {tr("require — always encrypt"), u"require"_s},
        {tr("verify-ca — encrypt, check the certificate"), u"verify-ca"_s},
        {tr("verify-full — encrypt, check certificate and host name"), u"verify-full"_s},
    };
    for (const auto &[text, value] : modes)
        m_sslMode->addItem(text, value);
    m_rootCert->setObjectName(u"sslRootCert"_s);
    m_rootCert->setPlaceholderText(tr("~/.postgresql/root.crt"));
    m_clientCert->setObjectName(u"sslCert"_s);
    m_clientCert->setPlaceholderText(tr("~/.postgresql/postgresql.crt, if the server asks for one"));
    m_clientKey->setObjectName(u"sslKey"_s);
    m_clientKey->setPlaceholderText(tr("~/.postgresql/postgresql.key (readable by you only)"));
    m_test->setObjectName(u"testConnection"_s);
    m_result->setObjectName(u"testResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumHeight(fontMetrics().height() * 3);
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_resultIcon->setAlignment(Qt::AlignTop);

    auto *recentRow = new QHBoxLayout;
    auto *recentLabel = new QLabel(tr("&Recent:"), this);
    recentLabel->setBuddy(m_recent);
    recentRow->addWidget(recentLabel);
    recentRow->addWidget(m_recent, 1);

    m_useServer->setObjectName(u"useServer"_s);
    m_useSandbox->setObjectName(u"useSandbox"_s);
    m_useServer->setChecked(true);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(new QLabel(tr("Load into:"), this));
    kindRow->addWidget(m_useServer);
    kindRow->addWidget(m_useSandbox);
    kindRow->addStretch();

    m_sandboxBox->setObjectName(u"sandbox"_s);
    m_sandboxDir->setObjectName(u"sandboxFolder"_s);
    m_sandboxDir->setPlaceholderText(
        tr("default: %1").arg(QDir::toNativeSeparators(LocalServer::defaultDirectory())));
    m_sandboxPrograms->setObjectName(u"sandboxPrograms"_s);
    m_sandboxStatus->setObjectName(u"sandboxStatus"_s);
    m_sandboxStatus->setWordWrap(true);
    m_sandboxStatus->setTextFormat(Qt::PlainText);
    m_sandboxStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keepSandbox->setObjectName(u"keepSandbox"_s);
    auto *sandboxIntro =
        new QLabel(tr("A private PostgreSQL server on this computer, made from its installed "
                      "PostgreSQL programs the first time and started when needed. Only you "
                      "can connect to it."),
                   m_sandboxBox);
    sandboxIntro->setWordWrap(true);
    auto *sandboxForm = new QFormLayout(m_sandboxBox);
    sandboxForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    sandboxForm->addRow(sandboxIntro);
    const auto withBrowse = [this](QLineEdit *edit, const QString &title) {
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        auto *browse = new QPushButton(tr("Browse…"), m_sandboxBox);
        row->addWidget(browse);
        connect(browse, &QPushButton::clicked, this, [this, edit, title] {
            const QString dir = QFileDialog::getExistingDirectory(this, title, edit->text());
            if (!dir.isEmpty())
                edit->setText(QDir::toNativeSeparators(dir));
        });
        return row;
    };
    sandboxForm->addRow(tr("&Folder:"), withBrowse(m_sandboxDir, tr("Folder of the Local PostgreSQL")));
    sandboxForm->addRow(tr("&Programs:"),
                        withBrowse(m_sandboxPrograms, tr("Folder Holding initdb and pg_ctl")));
    sandboxForm->addRow(QString(), m_sandboxStatus);
    sandboxForm->addRow(QString(), m_keepSandbox);

    auto *uriBox = m_uriBox;
    auto *uriLayout = new QVBoxLayout(uriBox);
    auto *uriHint =
        new QLabel(tr("Paste a URI or libpq connection string to fill in the fields below."), uriBox);
    uriHint->setWordWrap(true);
    uriLayout->addWidget(uriHint);
    uriLayout->addWidget(m_uri);

    auto *serverBox = m_serverBox;
    auto *form = new QFormLayout(serverBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    auto *portLabel = new QLabel(tr("P&ort:"), serverBox);
    portLabel->setBuddy(m_port);
    hostRow->addWidget(portLabel);
    hostRow->addWidget(m_port);
    auto *hostLabel = new QLabel(tr("&Host:"), serverBox);
    hostLabel->setBuddy(m_host);
    form->addRow(hostLabel, hostRow);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(tr("&SSL mode:"), m_sslMode);
    auto *certRow = new QHBoxLayout;
    certRow->addWidget(m_rootCert, 1);
    certRow->addWidget(m_browseCert);
    auto *certLabel = new QLabel(tr("Root &certificate:"), serverBox);
    certLabel->setBuddy(m_rootCert);
    form->addRow(certLabel, certRow);
    const auto fileRow = [&](const QString &label, QLineEdit *edit, QPushButton *browse) {
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(browse);
        auto *rowLabel = new QLabel(label, serverBox);
        rowLabel->setBuddy(edit);
        form->addRow(rowLabel, row);
    };
    fileRow(tr("Client certi&ficate:"), m_clientCert, m_browseClientCert);
    fileRow(tr("Client ke&y:"), m_clientKey, m_browseClientKey);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_resultIcon, 0, Qt::AlignTop);
    testRow->addWidget(m_result, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(recentRow);
    layout->addLayout(kindRow);
    layout->addWidget(uriBox);
    layout->addWidget(serverBox);
    layout->addWidget(m_sandboxBox);
    layout->addLayout(testRow);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(560);

    connect(m_uri, &QLineEdit::textChanged, this, &ConnectionDialog::applyDsn);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateSslFields);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(&m_tester, &ConnectionTester::finished, this, &ConnectionDialog::showResult);
    connect(m_browseCert, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Root Certificate"), m_rootCert->text(),
                                                          tr("Certificates (*.crt *.pem);;All files (*)"));
        if (!file.isEmpty())
            m_rootCert->setText(file);
    });
    connect(m_browseClientCert, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Client Certificate"), m_clientCert->text(),
                                         tr("Certificates (*.crt *.pem);;All files (*)"));
        if (!file.isEmpty())
            m_clientCert->setText(file);
    });
    connect(m_browseClientKey, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Client Key"), m_clientKey->text(),
                                                          tr("Keys (*.key *.pem);;All files (*)"));
        if (!file.isEmpty())
            m_clientKey->setText(file);
    });
    connect(m_recent, &QComboBox::activated, this, [this](int index) {
        if (index > 0 && index - 1 < m_recentList.size())
            setSettings(m_recentList.at(index - 1));
    });
    connect(m_useSandbox, &QRadioButton::toggled, this, &ConnectionDialog::updateKind);
    connect(m_sandboxPrograms, &QLineEdit::editingFinished, this, &ConnectionDialog::findSandboxPrograms);
    setRecent({});
    setKeychainAvailable(false);
    updateSslFields();
    updateKind();
}

bool ConnectionDialog::keepSandboxRunning() const
{
    return m_keepSandbox->isChecked();
}

void ConnectionDialog::setKeepSandboxRunning(bool keep)
{
    m_keepSandbox->setChecked(keep);
}

void ConnectionDialog::updateKind()
{
    const bool sandbox = m_useSandbox->isChecked();
    m_uriBox->setVisible(!sandbox);
    m_serverBox->setVisible(!sandbox);
    m_sandboxBox->setVisible(sandbox);
    if (sandbox)
        findSandboxPrograms();
}

void ConnectionDialog::findSandboxPrograms()
{
    // Looking means running pg_config and reading folders: not on the UI thread.
    m_sandboxStatus->setText(tr("Looking for PostgreSQL's programs…"));
    const QString configured = m_sandboxPrograms->text().trimmed();
    runLatestOnly(
        this, m_findGeneration, [configured] { return LocalServer::findBinaries(configured); },
        [this](const Result<QString> &found) {
            if (found) {
                m_sandboxPrograms->setPlaceholderText(
                    tr("found: %1").arg(QDir::toNativeSeparators(found.value())));
                m_sandboxStatus->setText(
                    tr("PostgreSQL's programs are in %1.").arg(QDir::toNativeSeparators(found.value())));
            } else {
                m_sandboxPrograms->setPlaceholderText(QString());
                m_sandboxStatus->setText(found.error().message + u'\n' + found.error().detail);
            }
        });
}

void ConnectionDialog::setRecent(const QList<ConnectionSettings> &recent)
{
    m_recentList = recent;
    m_recent->clear();
    m_recent->addItem(recent.isEmpty() ? tr("No recent connections") : tr("Choose a recent connection…"));
    for (const ConnectionSettings &s : recent)
        m_recent->addItem(ConnectionString::label(s));
    m_recent->setEnabled(!recent.isEmpty());
}

void ConnectionDialog::setSettings(const ConnectionSettings &s)
{
    (s.local ? m_useSandbox : m_useServer)->setChecked(true);
    m_sandboxDir->setText(QDir::toNativeSeparators(s.localDirectory));
    m_sandboxPrograms->setText(QDir::toNativeSeparators(s.localBinDirectory));
    if (s.local)
        findSandboxPrograms();
    {
        const QSignalBlocker blocker(m_uri);
        m_uri->setText(LoadProfile::dsnWithoutPassword(s.dsn));
    }
    m_dsn = LoadProfile::dsnWithoutPassword(s.dsn);
    m_host->setText(s.host);
    m_port->setText(s.port);
    m_database->setText(s.database);
    m_user->setText(s.user);
    m_password->setText(s.password);
    m_sslMode->setCurrentIndex(std::max(0, m_sslMode->findData(s.sslMode)));
    m_rootCert->setText(s.sslRootCert);
    m_clientCert->setText(s.sslCert);
    m_clientKey->setText(s.sslKey);
    updateSslFields();
}

ConnectionSettings ConnectionDialog::settings() const
{
    ConnectionSettings s;
    if (m_useSandbox->isChecked()) {
        s.local = true;
        s.localDirectory = QDir::fromNativeSeparators(m_sandboxDir->text().trimmed());
        s.localBinDirectory = QDir::fromNativeSeparators(m_sandboxPrograms->text().trimmed());
        return s;
    }
    s.dsn = m_dsn;
    s.host = m_host->text().trimmed();
    s.port = m_port->text().trimmed();
    s.database = m_database->text().trimmed();
    s.user = m_user->text().trimmed();
    s.password = m_password->text();
    s.sslMode = m_sslMode->currentData().toString();
    s.sslRootCert = m_rootCert->isEnabled() ? m_rootCert->text().trimmed() : QString();
    s.sslCert = m_clientCert->isEnabled() ? m_clientCert->text().trimmed() : QString();
    s.sslKey = m_clientKey->isEnabled() ? m_clientKey->text().trimmed() : QString();
    return s;
}

bool ConnectionDialog::rememberPassword() const
{
    return m_remember->isEnabled() && m_remember->isChecked() && !m_password->text().isEmpty();
}

void ConnectionDialog::setKeychainAvailable(bool available)
{
    m_remember->setEnabled(available);
    m_remember->setChecked(false);
    m_remember->setToolTip(available
                               ? tr("Passwords are never written to a pgjsonload file.")
                               : tr("No system keychain is available: use ~/.pgpass, or type the password "
                                    "when asked (it is kept in memory until you quit)."));
}

void ConnectionDialog::applyDsn()
{
    const QString text = m_uri->text().trimmed();
    if (text.isEmpty()) {
        m_dsn.clear();
        return;
    }
    ConnectionSettings parsed;
    bool complete = false;
    if (!ConnectionString::parse(text, &parsed, &complete)) {
        m_dsn = text; // libpq may still understand it; Test Connection will tell
        return;
    }
    m_host->setText(parsed.host);
    m_port->setText(parsed.port);
    m_database->setText(parsed.database);
    m_user->setText(parsed.user);
    if (!parsed.password.isEmpty())
        m_password->setText(parsed.password);
    m_sslMode->setCurrentIndex(std::max(0, m_sslMode->findData(parsed.sslMode)));
    m_rootCert->setText(parsed.sslRootCert);
    m_clientCert->setText(parsed.sslCert);
    m_clientKey->setText(parsed.sslKey);
    // Keep the string itself only for what the fields cannot say, and never its password.
    m_dsn = complete ? QString() : LoadProfile::dsnWithoutPassword(text);
    updateSslFields();
}

void ConnectionDialog::updateSslFields()
{
    const QString mode = m_sslMode->currentData().toString();
    const bool verify = mode.startsWith(u"verify"_s);
    m_rootCert->setEnabled(verify);
    m_browseCert->setEnabled(verify);
    // A client certificate goes with any encrypted connection.
    const bool encrypted = mode != u"disable"_s;
    for (QWidget *w : {static_cast<QWidget *>(m_clientCert), static_cast<QWidget *>(m_clientKey),
                       static_cast<QWidget *>(m_browseClientCert), static_cast<QWidget *>(m_browseClientKey)})
        w->setEnabled(encrypted);
}

void ConnectionDialog::testConnection()
{
    m_test->setEnabled(false);
    m_resultIcon->setPixmap(style()->standardIcon(QStyle::SP_BrowserReload).pixmap(16, 16));
    m_result->setText(m_useSandbox->isChecked() ? tr("Starting the local PostgreSQL…") : tr("Connecting…"));
    m_tester.test(settings());
}

QString ConnectionDialog::testResult() const
{
    return m_result->text();
}

void ConnectionDialog::showResult(const ConnectionCheck &check)
{
    m_test->setEnabled(true);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    if (check.ok) {
        m_resultIcon->setPixmap(style()->standardIcon(QStyle::SP_DialogApplyButton).pixmap(size, size));
        m_result->setText(tr("Connected to %1 as %2.").arg(check.serverVersion, check.where));
    } else {
        m_resultIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(size, size));
        QString text = check.message;
        if (check.needsPassword)
            text +=
                u"\n"_s + tr("The server asks for a password: type it in Password, or add it to ~/.pgpass.");
        else if (check.wrongPassword)
            text += u"\n"_s + tr("Check the user name and the password.");
        else if (!check.detail.isEmpty() && !check.message.contains(check.detail))
            text += u"\n"_s + check.detail;
        m_result->setText(text);
    }
    Q_EMIT tested(check);
}

} // namespace pjl
