#include "advancedoptionsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pjl {

AdvancedOptionsDialog::AdvancedOptionsDialog(const LoadOptions &options, QWidget *parent)
    : QDialog(parent)
    , m_maxRecordMb(new QSpinBox(this))
    , m_chunkMb(new QSpinBox(this))
    , m_commitMb(new QSpinBox(this))
    , m_retrySeconds(new QSpinBox(this))
    , m_synchronousCommit(new QCheckBox(tr("Wait for the WAL &flush at every batch commit"), this))
    , m_lz4(new QCheckBox(tr("Compress large records with &lz4"), this))
    , m_copyFormat(new QComboBox(this))
{
    setObjectName(u"advancedOptionsDialog"_s);
    setWindowTitle(tr("Advanced Load Options"));

    const auto number = [](QSpinBox *box, const QString &name, int max, const QString &suffix,
                           const QString &tip) {
        box->setObjectName(name);
        box->setRange(1, max);
        box->setSuffix(suffix);
        box->setToolTip(tip);
    };
    number(m_maxRecordMb, u"maxRecordMb"_s, LoadOptions::kMaxRecordMb, tr(" MiB"),
           tr("A bigger record is rejected as too large instead of loaded. The loader holds a few batches "
              "in memory, and a record bigger than a batch is a batch of its own."));
    number(m_chunkMb, u"chunkMb"_s, LoadOptions::kMaxChunkMb, tr(" MiB"),
           tr("A batch is cut at this size even before it has its rows per batch, so that large records "
              "do not make large batches: the loader's memory is a few batches."));
    number(m_commitMb, u"commitMb"_s, LoadOptions::kMaxCommitMb, tr(" MiB"),
           tr("Each connection sends its batches in one COPY and commits them together once they hold "
              "this much: the server spends about a third less on one long COPY than on one per batch. "
              "What a crash or a lost connection catches uncommitted is loaded again (by this "
              "load or the next). 0: every batch commits on its own."));
    m_commitMb->setMinimum(0);
    m_commitMb->setSpecialValueText(tr("every batch"));
    number(m_retrySeconds, u"retrySeconds"_s, LoadOptions::kMaxRetrySeconds, tr(" s"),
           tr("How long to keep reconnecting to a server that went away before the load stops. What was "
              "committed stays; loading again resumes."));
    m_synchronousCommit->setObjectName(u"synchronousCommit"_s);
    m_synchronousCommit->setToolTip(
        tr("Slower. Otherwise a batch's commit does not wait for the server's write-ahead log to reach "
           "disk; the commit that marks a file complete does, and flushes all before it. A batch lost "
           "in a server crash loses its journal entry with it, so loading again loads it again: "
           "nothing is lost or doubled either way."));
    m_lz4->setObjectName(u"lz4Compression"_s);
    m_lz4->setToolTip(
        tr("Records over about 2 KB are compressed by the server when it stores them. lz4 takes about "
           "half the server's time of its default (pglz), for a few percent more disk. Only where the "
           "server has lz4 (PostgreSQL 14 and later) and nobody chose its default_toast_compression; "
           "off: the server's own setting."));
    m_copyFormat->setObjectName(u"copyFormat"_s);
    m_copyFormat->addItem(tr("Binary (fastest)"), int(CopyFormat::Binary));
    m_copyFormat->addItem(tr("Text (for servers or proxies without binary COPY)"), int(CopyFormat::Text));
    m_copyFormat->setToolTip(tr("How rows travel to the server. Text costs the loader more CPU; the "
                                "server's work and the loaded values are the same."));

    auto *form = new QFormLayout;
    form->addRow(tr("Largest &record:"), m_maxRecordMb);
    form->addRow(tr("&Batch at most:"), m_chunkMb);
    form->addRow(tr("Co&mmit every:"), m_commitMb);
    form->addRow(tr("Keep re&connecting for:"), m_retrySeconds);
    form->addRow(tr("C&OPY format:"), m_copyFormat);
    form->addRow(m_synchronousCommit);
    form->addRow(m_lz4);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { fill(LoadOptions()); });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    fill(options);
}

void AdvancedOptionsDialog::fill(const LoadOptions &options)
{
    m_maxRecordMb->setValue(int(options.maxRecordBytes >> 20));
    m_chunkMb->setValue(int(options.chunkBytes >> 20));
    m_commitMb->setValue(int(options.commitBytes >> 20));
    m_retrySeconds->setValue(options.retrySeconds);
    m_synchronousCommit->setChecked(options.synchronousCommit);
    m_lz4->setChecked(options.lz4Compression);
    m_copyFormat->setCurrentIndex(m_copyFormat->findData(int(options.copyFormat)));
}

LoadOptions AdvancedOptionsDialog::options(const LoadOptions &base) const
{
    LoadOptions o;
    o.maxRecordBytes = qint64(m_maxRecordMb->value()) << 20;
    o.chunkBytes = qint64(m_chunkMb->value()) << 20;
    o.commitBytes = qint64(m_commitMb->value()) << 20;
    o.retrySeconds = m_retrySeconds->value();
    o.synchronousCommit = m_synchronousCommit->isChecked();
    o.lz4Compression = m_lz4->isChecked();
    o.copyFormat = CopyFormat(m_copyFormat->currentData().toInt());
    return withAdvanced(base, o);
}

LoadOptions AdvancedOptionsDialog::withAdvanced(LoadOptions base, const LoadOptions &advanced)
{
    base.maxRecordBytes = advanced.maxRecordBytes;
    base.chunkBytes = advanced.chunkBytes;
    base.commitBytes = advanced.commitBytes;
    base.retrySeconds = advanced.retrySeconds;
    base.synchronousCommit = advanced.synchronousCommit;
    base.lz4Compression = advanced.lz4Compression;
    base.copyFormat = advanced.copyFormat;
    return base;
}

int AdvancedOptionsDialog::changedCount(const LoadOptions &o)
{
    const LoadOptions d;
    return int(o.maxRecordBytes != d.maxRecordBytes) + int(o.chunkBytes != d.chunkBytes) +
           int(o.commitBytes != d.commitBytes) + int(o.retrySeconds != d.retrySeconds) +
           int(o.synchronousCommit != d.synchronousCommit) + int(o.lz4Compression != d.lz4Compression) +
           int(o.copyFormat != d.copyFormat);
}

} // namespace pjl
