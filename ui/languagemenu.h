#pragma once

#include <QMenu>

class QActionGroup;

namespace pjl {

// View > Language: "System Default" or one of the languages pgjsonload has texts in, each named in
// its own language. The choice goes to AppSettings and applies from the next start (the window's
// texts are set once, when it is built); a message box says so.
class LanguageMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    QString chosenLanguage() const; // "" = the system's

    static QString languageName(const QString &language); // "English", "Deutsch"

Q_SIGNALS:
    void languageChosen(const QString &language);

private:
    void choose(const QString &language);

    QActionGroup *m_group;
};

} // namespace pjl
