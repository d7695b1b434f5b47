#include "rejectdialog.h"

#include "format.h"
#include "inputfile.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace pjl {

namespace {

QLabel *selectableLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

RejectDialog::RejectDialog(const RejectedRecord &reject, QWidget *parent)
    : QDialog(parent)
    , m_reject(reject)
{
    setObjectName(u"rejectDialog"_s);
    setWindowTitle(tr("Rejected record %1").arg(reject.error.record));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("File:"), selectableLabel(QDir::toNativeSeparators(reject.error.file), this));
    if (!reject.table.isEmpty())
        form->addRow(tr("Table:"), selectableLabel(reject.table, this));
    form->addRow(tr("Record:"), selectableLabel(tr("%1, line %2, byte offset %3")
                                                    .arg(Format::count(reject.error.record),
                                                         Format::count(reject.error.line),
                                                         Format::count(reject.error.offset)),
                                                this));
    QString reason = reject.error.message;
    if (!reject.error.sqlState.isEmpty())
        reason += tr(" (SQLSTATE %1)").arg(reject.error.sqlState);
    auto *reasonLabel = selectableLabel(reason, this);
    reasonLabel->setObjectName(u"reason"_s);
    form->addRow(tr("Reason:"), reasonLabel);
    if (!reject.error.detail.isEmpty())
        form->addRow(tr("Details:"), selectableLabel(reject.error.detail, this));

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"recordText"_s);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->hide();

    auto *wrap = new QCheckBox(tr("&Wrap long lines"), this);
    wrap->setChecked(true);
    connect(wrap, &QCheckBox::toggled, this, [this](bool on) {
        m_text->setLineWrapMode(on ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Text"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(wrap);
    bottom->addStretch();
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_note);
    layout->addLayout(bottom);
    resize(760, 520);

    showText(reject.text);
    if (reject.isTruncated() && reject.error.offset >= 0 && !reject.error.file.isEmpty()) {
        m_note->setText(tr("Showing the first %1 of %2; reading the whole record from the file…")
                            .arg(Format::bytes(reject.text.size()), Format::bytes(reject.textBytes)));
        m_note->show();
        connect(&m_reader, &QFutureWatcher<QPair<QByteArray, QString>>::finished, this, [this] {
            const auto [bytes, error] = m_reader.result();
            if (!error.isEmpty()) {
                m_note->setText(
                    tr("Showing the first %1 of %2. The rest could not be read: %3")
                        .arg(Format::bytes(m_reject.text.size()), Format::bytes(m_reject.textBytes), error));
                return;
            }
            showText(bytes);
            if (bytes.size() < m_reject.textBytes)
                m_note->setText(tr("Showing the first %1 of %2.")
                                    .arg(Format::bytes(bytes.size()), Format::bytes(m_reject.textBytes)));
            else
                m_note->hide();
        });
        const QString path = reject.error.file;
        const qint64 offset = reject.error.offset;
        const qint64 bytes = std::min(reject.textBytes, kMaxShownBytes);
        m_reader.setFuture(QtConcurrent::run([path, offset, bytes] {
            QString error;
            QByteArray text = readRecord(path, offset, bytes, &error);
            return qMakePair(text, error);
        }));
    } else if (reject.isTruncated()) {
        m_note->setText(tr("Showing the first %1 of %2.")
                            .arg(Format::bytes(reject.text.size()), Format::bytes(reject.textBytes)));
        m_note->show();
    }
}

RejectDialog::~RejectDialog()
{
    m_reader.waitForFinished();
}

QString RejectDialog::text() const
{
    return m_text->toPlainText();
}

void RejectDialog::showText(const QByteArray &text)
{
    m_text->setPlainText(QString::fromUtf8(text));
}

QByteArray RejectDialog::readRecord(const QString &path, qint64 offset, qint64 bytes, QString *error)
{
    // Only up to the record: checking a gzip member whole first would inflate all of it (hundreds
    // of MB in one large .gz) to show one record near its start.
    InputFile file(InputFile::GzipCheck::AtItsEnd);
    if (Error e = file.open(path)) {
        *error = e.message;
        return {};
    }
    QByteArray out;
    if (!file.isCompressed()) {
        QFile plain(path);
        if (!plain.open(QIODevice::ReadOnly) || !plain.seek(offset)) {
            *error = plain.errorString();
            return {};
        }
        out = plain.read(bytes);
    } else {
        // Decompress up to the record, then the record.
        std::vector<char> skip(1 << 20);
        qint64 left = offset;
        while (left > 0) {
            const qint64 n = file.read(skip.data(), std::min<qint64>(left, qint64(skip.size())));
            if (n <= 0)
                break;
            left -= n;
        }
        out.resize(bytes);
        qint64 got = 0;
        while (got < bytes) {
            const qint64 n = file.read(out.data() + got, bytes - got);
            if (n <= 0)
                break;
            got += n;
        }
        out.resize(got);
    }
    if (out.isEmpty())
        *error = file.error().isNull() ? tr("the file is shorter than it was during the load")
                                       : file.error().message;
    return out;
}

} // namespace pjl
