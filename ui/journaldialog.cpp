#include "journaldialog.h"

#include "connectionstring.h"
#include "journalmodel.h"
#include "journalquery.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pjl {

JournalDialog::JournalDialog(QWidget *parent)
    : QDialog(parent)
    , m_model(new JournalModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_query(new JournalQuery(this))
    , m_table(new QLineEdit(this))
    , m_partialOnly(new QCheckBox(tr("Only partly loaded files"), this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"journalDialog"_s);
    setWindowTitle(tr("Load History"));
    resize(960, 480);

    m_table->setObjectName(u"journalTable"_s);
    m_table->setPlaceholderText(tr("All tables"));
    m_table->setClearButtonEnabled(true);
    m_table->setToolTip(tr("A table name (schema.table) to show only the files loaded into it"));
    m_partialOnly->setObjectName(u"journalPartialOnly"_s);
    m_partialOnly->setToolTip(tr("Files whose load stopped part way: loading them again resumes them"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(JournalModel::SortRole);
    m_proxy->setFilterRole(JournalModel::SortRole);
    m_proxy->setFilterKeyColumn(JournalModel::StatusColumn);

    m_view->setObjectName(u"journalView"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(JournalModel::TableColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(JournalModel::FileColumn, QHeaderView::Stretch);

    m_status->setObjectName(u"journalStatus"_s);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    auto *tableLabel = new QLabel(tr("&Table:"), this);
    tableLabel->setBuddy(m_table);
    filters->addWidget(tableLabel);
    filters->addWidget(m_table, 1);
    filters->addWidget(m_partialOnly);
    filters->addWidget(m_refresh);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_refresh, &QPushButton::clicked, this, &JournalDialog::refresh);
    connect(m_table, &QLineEdit::returnPressed, this, &JournalDialog::refresh);
    connect(m_partialOnly, &QCheckBox::toggled, this,
            [this](bool on) { m_proxy->setFilterFixedString(on ? u"false"_s : QString()); });
    connect(m_query, &JournalQuery::finished, this, &JournalDialog::onFinished);
}

void JournalDialog::setConnection(const ConnectionSettings &settings)
{
    m_connection = settings;
}

void JournalDialog::setTable(const QString &table)
{
    m_table->setText(table);
}

QString JournalDialog::table() const
{
    return m_table->text().trimmed();
}

QString JournalDialog::statusText() const
{
    return m_status->text();
}

int JournalDialog::shownCount() const
{
    return m_proxy->rowCount();
}

void JournalDialog::refresh()
{
    m_status->setText(tr("Reading the load journal from %1…").arg(ConnectionString::label(m_connection)));
    m_refresh->setEnabled(false);
    m_query->fetch(m_connection, table());
}

void JournalDialog::onFinished(const JournalSnapshot &snapshot)
{
    m_refresh->setEnabled(true);
    if (!snapshot.error.isEmpty()) {
        m_status->setText(tr("Could not read the load journal: %1").arg(snapshot.error));
        m_model->setRows({}); // rows from an earlier answer would pass for the current state
        Q_EMIT refreshed(false);
        return;
    }
    m_model->setRows(snapshot.rows);
    if (snapshot.rows.isEmpty()) {
        m_status->setText(
            table().isEmpty()
                ? tr("Nothing has been loaded into %1 yet: the load journal is empty.").arg(snapshot.where)
                : tr("The load journal has no files for %1.").arg(table()));
    } else {
        m_status->setText(tr("%1, in %2.").arg(m_model->summary(), snapshot.where));
    }
    Q_EMIT refreshed(true);
}

} // namespace pjl
