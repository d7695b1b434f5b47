#include "confirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace pjl {

QMessageBox *Confirmation::ask(QWidget *parent, const QString &objectName, const QString &title,
                               const QString &text, const QString &acceptText,
                               const std::function<void()> &onAccept, const std::function<void()> &onDecline)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *accept = box->addButton(acceptText, QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(qobject_cast<QPushButton *>(box->button(QMessageBox::Cancel)));
    QObject::connect(box, &QMessageBox::finished, box, [box, accept, onAccept, onDecline] {
        if (box->clickedButton() == accept)
            onAccept();
        else if (onDecline)
            onDecline();
    });
    box->open();
    return box;
}

} // namespace pjl
