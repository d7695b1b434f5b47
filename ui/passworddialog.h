#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace pjl {

// Asks for the password of one server account, and whether to keep it in the system keychain.
class PasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordDialog)

public:
    PasswordDialog(const QString &where, bool wrongPassword, bool keychainAvailable,
                   QWidget *parent = nullptr);

    QString password() const;
    bool remember() const;

private:
    QLineEdit *m_password;
    QCheckBox *m_remember;
};

} // namespace pjl
