#pragma once

#include "rejectedrecord.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QPlainTextEdit;

namespace pjl {

// One rejected record in full: where it was, why it was turned down, and its whole text. When the
// load kept only the beginning of a long record, the rest is read from the source file (off the UI
// thread) at the record's byte offset.
class RejectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RejectDialog)

public:
    static constexpr qint64 kMaxShownBytes = 16LL << 20;

    explicit RejectDialog(const RejectedRecord &reject, QWidget *parent = nullptr);
    ~RejectDialog() override;

    QString text() const;

    // Blocking: the record's bytes from the (possibly compressed) file, at most maxBytes.
    static QByteArray readRecord(const QString &path, qint64 offset, qint64 bytes, QString *error);

private:
    void showText(const QByteArray &text);

    RejectedRecord m_reject;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_note = nullptr;
    QFutureWatcher<QPair<QByteArray, QString>> m_reader;
};

} // namespace pjl
