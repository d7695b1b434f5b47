#include "rejectspanel.h"

#include "format.h"
#include "rejectdialog.h"
#include "rejectsmodel.h"
#include "rejectwriter.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace pjl {

RejectsPanel::RejectsPanel(RejectsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_fileFilter(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_export(new QPushButton(tr("&Export…"), this))
{
    setObjectName(u"rejectsPanel"_s);
    m_proxy->setSourceModel(model);
    m_proxy->setFilterRole(RejectsModel::PathRole);
    m_proxy->setFilterKeyColumn(RejectsModel::FileColumn);

    m_view->setObjectName(u"rejectsView"_s);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_view->setColumnWidth(RejectsModel::FileColumn, 16 * em);
    m_view->setColumnWidth(RejectsModel::RecordColumn, 5 * em);
    m_view->setColumnWidth(RejectsModel::LineColumn, 5 * em);
    m_view->setColumnWidth(RejectsModel::OffsetColumn, 7 * em);
    m_view->setColumnWidth(RejectsModel::ReasonColumn, 30 * em);
    m_view->horizontalHeader()->setStretchLastSection(true);
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { showRecord(m_proxy->mapToSource(index).row()); });

    m_fileFilter->setObjectName(u"rejectsFileFilter"_s);
    m_fileFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_fileFilter->setMinimumContentsLength(24);
    connect(m_fileFilter, &QComboBox::currentIndexChanged, this,
            [this] { setFileFilter(m_fileFilter->currentData().toString()); });

    m_export->setObjectName(u"exportRejects"_s);
    m_export->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_export->setToolTip(tr("Write the rejected rows shown to an NDJSON file"));
    connect(m_export, &QPushButton::clicked, this, &RejectsPanel::chooseExportFile);

    auto *filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_fileFilter);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(filterLabel);
    bar->addWidget(m_fileFilter);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(model, &RejectsModel::filesChanged, this, &RejectsPanel::rebuildFileFilter);
    connect(model, &RejectsModel::totalChanged, this, [this] {
        rebuildFileFilter();
        updateSummary();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RejectsPanel::updateSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RejectsPanel::updateSummary);
    connect(&m_exportWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        m_export->setEnabled(true);
        const QString error = m_exportWatcher.result();
        const QString path = m_exportPath;
        const int count = m_exportCount;
        if (error.isEmpty())
            Q_EMIT message(LogMessage::info(tr("Exported %n rejected row(s) to %1.", nullptr, count)
                                                .arg(QDir::toNativeSeparators(path))));
        else
            Q_EMIT message(LogMessage::error(error));
        Q_EMIT exported(path, count, error);
    });
    rebuildFileFilter();
    updateSummary();
}

RejectsPanel::~RejectsPanel()
{
    m_exportWatcher.waitForFinished();
}

void RejectsPanel::setFileFilter(const QString &path)
{
    if (path.isEmpty())
        m_proxy->setFilterRegularExpression(QRegularExpression());
    else
        m_proxy->setFilterRegularExpression(
            QRegularExpression(QRegularExpression::anchoredPattern(QRegularExpression::escape(path))));
    const int comboIndex = std::max(0, m_fileFilter->findData(path));
    if (m_fileFilter->currentIndex() != comboIndex) {
        const QSignalBlocker blocker(m_fileFilter);
        m_fileFilter->setCurrentIndex(comboIndex);
    }
    updateSummary();
}

int RejectsPanel::shownCount() const
{
    return m_proxy->rowCount();
}

void RejectsPanel::rebuildFileFilter()
{
    const QString current = m_fileFilter->currentData().toString();
    const QSignalBlocker blocker(m_fileFilter);
    m_fileFilter->clear();
    m_fileFilter->addItem(tr("All files (%1)").arg(Format::count(m_model->total())), QString());
    const QStringList files = m_model->files();
    for (const QString &file : files)
        m_fileFilter->addItem(
            u"%1 (%2)"_s.arg(QFileInfo(file).fileName(), Format::count(m_model->countForFile(file))), file);
    const int index = m_fileFilter->findData(current);
    m_fileFilter->setCurrentIndex(std::max(0, index));
    if (index < 0 && !current.isEmpty())
        setFileFilter(QString());
}

void RejectsPanel::updateSummary()
{
    const qint64 total = m_model->total();
    QString text;
    if (total == 0)
        text = tr("No rejected rows.");
    else if (m_model->dropped() > 0)
        text = tr("%1 rejected rows; the first %2 are listed, the load's rejects file has them all.")
                   .arg(Format::count(total), Format::count(m_model->rowCount()));
    else if (shownCount() != m_model->rowCount())
        text = tr("%1 of %2 rejected rows shown.").arg(Format::count(shownCount()), Format::count(total));
    else
        text = tr("%n rejected row(s). Double-click one to see the whole record.", nullptr, int(total));
    m_summary->setText(text);
    m_export->setEnabled(shownCount() > 0 && !m_exportWatcher.isRunning());
}

void RejectsPanel::showRecord(int sourceRow)
{
    if (sourceRow < 0 || sourceRow >= m_model->rowCount())
        return;
    auto *dialog = new RejectDialog(m_model->reject(sourceRow), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void RejectsPanel::chooseExportFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Rejected Rows"), dir + u"/rejects.ndjson"_s,
                                     tr("NDJSON files (*.ndjson *.jsonl);;All files (*)"));
    if (!path.isEmpty())
        exportTo(path);
}

void RejectsPanel::exportTo(const QString &path)
{
    QList<int> rows;
    rows.reserve(m_proxy->rowCount());
    for (int i = 0; i < m_proxy->rowCount(); ++i)
        rows.append(m_proxy->mapToSource(m_proxy->index(i, 0)).row());
    const RejectedRecords rejects = m_model->rejects(rows);
    m_export->setEnabled(false);
    m_exportPath = path;
    m_exportCount = int(rejects.size());
    m_exportWatcher.setFuture(QtConcurrent::run([path, rejects]() -> QString {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        for (const RejectedRecord &r : rejects) {
            const QByteArray line = RejectWriter::toJsonLine(r);
            if (file.write(line) != line.size())
                return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        }
        if (!file.commit())
            return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return QString();
    }));
}

} // namespace pjl
