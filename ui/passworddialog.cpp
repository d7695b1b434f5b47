#include "passworddialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pjl {

PasswordDialog::PasswordDialog(const QString &where, bool wrongPassword, bool keychainAvailable,
                               QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember in the system keychain"), this))
{
    setObjectName(u"passwordDialog"_s);
    setWindowTitle(tr("Password"));
    auto *text = new QLabel(
        wrongPassword ? tr("The server did not accept the password for <b>%1</b>. Please try again.")
                            .arg(where.toHtmlEscaped())
                      : tr("The server <b>%1</b> asks for a password.").arg(where.toHtmlEscaped()),
        this);
    text->setWordWrap(true);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumWidth(280);
    m_remember->setVisible(keychainAvailable);
    m_remember->setToolTip(tr("Kept by the desktop's keychain, never in a pgjsonload file"));
    auto *note =
        new QLabel(tr("Otherwise it is kept in memory until you quit. A ~/.pgpass entry also works."), this);
    note->setWordWrap(true);
    note->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_password);
    layout->addWidget(m_remember);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

bool PasswordDialog::remember() const
{
    return !m_remember->isHidden() && m_remember->isChecked();
}

} // namespace pjl
