#pragma once

#include <QCoreApplication>

#include <functional>

class QMessageBox;
class QWidget;

namespace pjl {

// A window-modal question that does not block the event loop: onAccept runs if the user chose
// acceptText, onDecline otherwise. The box carries objectName, so tests can find it.
class Confirmation final
{
    Q_DECLARE_TR_FUNCTIONS(Confirmation)

public:
    static QMessageBox *ask(QWidget *parent, const QString &objectName, const QString &title,
                            const QString &text, const QString &acceptText,
                            const std::function<void()> &onAccept,
                            const std::function<void()> &onDecline = {});
};

} // namespace pjl
