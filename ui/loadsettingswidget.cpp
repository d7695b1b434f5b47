#include "loadsettingswidget.h"

#include "advancedoptionsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace pjl {

LoadSettingsWidget::LoadSettingsWidget(QWidget *parent)
    : QWidget(parent)
    , m_chunk(new QSpinBox(this))
    , m_workers(new QSpinBox(this))
    , m_tableMode(new QComboBox(this))
    , m_recordForm(new QComboBox(this))
    , m_truncate(new QCheckBox(tr("&Empty tables first"), this))
    , m_recursive(new QCheckBox(tr("Include sub&folders"), this))
    , m_validateFirst(new QCheckBox(tr("Vali&date first"), this))
    , m_advancedButton(new QPushButton(this))
{
    setObjectName(u"loadSettings"_s);
    m_chunk->setObjectName(u"chunk"_s);
    m_chunk->setRange(1, LoadOptions::kMaxChunkRows);
    m_chunk->setSingleStep(1000);
    m_chunk->setGroupSeparatorShown(true);
    m_chunk->setValue(LoadOptions().chunkRows);
    m_chunk->setToolTip(tr("Rows per batch. Each batch is one transaction: committed whole, or not at all."));
    m_workers->setObjectName(u"workers"_s);
    m_workers->setRange(0, LoadOptions::kMaxWorkers);
    m_workers->setSpecialValueText(tr("Automatic"));
    m_workers->setToolTip(tr("Parallel connections to the server; automatic uses one per core of the server "
                             "where that can be read (it runs on this computer, or the role may read server "
                             "files), else one per CPU core of this computer. The log says which."));
    m_tableMode->setObjectName(u"tableMode"_s);
    m_tableMode->addItem(tr("Create if missing"), true);
    m_tableMode->addItem(tr("Must already exist"), false);
    m_tableMode->setToolTip(tr("A missing table is created as (data jsonb NOT NULL), or the load stops."));
    m_recordForm->setObjectName(u"recordForm"_s);
    m_recordForm->addItem(tr("Automatic"), int(RecordForm::Auto));
    m_recordForm->addItem(tr("In jsonb's form"), int(RecordForm::Canonical));
    m_recordForm->addItem(tr("As read"), int(RecordForm::AsRead));
    m_recordForm->setToolTip(
        tr("How records reach a jsonb column. In jsonb's form: the same value with each object's keys in "
           "jsonb's order and no whitespace, so the server does less and the loader more. Automatic: "
           "one-line records as read, pretty-printed ones in jsonb's form for a server elsewhere and without "
           "their whitespace (keys as written) for one on this computer. json and text columns always get "
           "records as read."));
    m_truncate->setObjectName(u"truncate"_s);
    m_truncate->setToolTip(
        tr("Delete every row of the target tables before loading (you will be asked to confirm)."));
    m_recursive->setObjectName(u"recursive"_s);
    m_recursive->setToolTip(tr("Folders you add bring the JSON files of their subfolders too."));
    m_validateFirst->setObjectName(u"validateFirst"_s);
    m_validateFirst->setToolTip(
        tr("Check every record before sending it. Otherwise records for a jsonb column are left to the "
           "server, which checks them anyway, until it refuses a batch; from then on every record is "
           "checked here. Choose this for files known to hold many bad records."));

    m_advancedButton->setObjectName(u"advanced"_s);
    updateAdvancedButton();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto add = [this, layout](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        layout->addWidget(label);
        layout->addWidget(field);
        layout->addSpacing(10);
    };
    add(tr("Rows per &batch:"), m_chunk);
    add(tr("&Workers:"), m_workers);
    add(tr("&Tables:"), m_tableMode);
    add(tr("Rec&ords:"), m_recordForm);
    layout->addWidget(m_truncate);
    layout->addSpacing(10);
    layout->addWidget(m_recursive);
    layout->addSpacing(10);
    layout->addWidget(m_validateFirst);
    layout->addSpacing(10);
    layout->addWidget(m_advancedButton);
    layout->addStretch();

    connect(m_chunk, &QSpinBox::valueChanged, this, &LoadSettingsWidget::changed);
    connect(m_workers, &QSpinBox::valueChanged, this, &LoadSettingsWidget::changed);
    connect(m_tableMode, &QComboBox::currentIndexChanged, this, &LoadSettingsWidget::changed);
    connect(m_recordForm, &QComboBox::currentIndexChanged, this, &LoadSettingsWidget::changed);
    connect(m_truncate, &QCheckBox::toggled, this, &LoadSettingsWidget::changed);
    connect(m_recursive, &QCheckBox::toggled, this, &LoadSettingsWidget::changed);
    connect(m_validateFirst, &QCheckBox::toggled, this, &LoadSettingsWidget::changed);
    connect(m_advancedButton, &QPushButton::clicked, this, &LoadSettingsWidget::editAdvanced);
}

LoadOptions LoadSettingsWidget::options(const LoadOptions &base) const
{
    LoadOptions o = AdvancedOptionsDialog::withAdvanced(base, m_advanced);
    o.chunkRows = m_chunk->value();
    o.workers = m_workers->value();
    o.createTable = m_tableMode->currentData().toBool();
    o.recordForm = RecordForm(m_recordForm->currentData().toInt());
    o.truncateFirst = m_truncate->isChecked();
    o.recursive = m_recursive->isChecked();
    o.validateFirst = m_validateFirst->isChecked();
    return o;
}

void LoadSettingsWidget::setOptions(const LoadOptions &options)
{
    m_chunk->setValue(options.chunkRows);
    m_workers->setValue(options.workers);
    m_tableMode->setCurrentIndex(options.createTable ? 0 : 1);
    m_recordForm->setCurrentIndex(m_recordForm->findData(int(options.recordForm)));
    m_truncate->setChecked(options.truncateFirst);
    m_recursive->setChecked(options.recursive);
    m_validateFirst->setChecked(options.validateFirst);
    m_advanced = options;
    updateAdvancedButton();
}

void LoadSettingsWidget::editAdvanced()
{
    // open(), not exec(): no nested event loop; the settings bar is disabled during a load anyway.
    auto *dialog = new AdvancedOptionsDialog(m_advanced, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const LoadOptions chosen = dialog->options(m_advanced);
        if (chosen == m_advanced)
            return;
        m_advanced = chosen;
        updateAdvancedButton();
        Q_EMIT changed();
    });
    dialog->open();
}

void LoadSettingsWidget::updateAdvancedButton()
{
    const int count = AdvancedOptionsDialog::changedCount(m_advanced);
    m_advancedButton->setText(count == 0 ? tr("&Advanced…") : tr("&Advanced (%n changed)…", nullptr, count));
    m_advancedButton->setToolTip(tr("Largest record, batch size in bytes, reconnecting, commits, "
                                    "compression and the COPY format."));
}

bool LoadSettingsWidget::recursive() const
{
    return m_recursive->isChecked();
}

} // namespace pjl
