#pragma once

#include "connectionsettings.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace pjl {

class JournalModel;
class JournalQuery;
struct JournalSnapshot;

// Load History: what the load journal in the target database knows (the GUI's `pgjsonload
// status`): each file loaded into a table, complete or partial, its rows and rejects. Reading it
// runs off the UI thread (JournalQuery); the dialog only shows the answer.
class JournalDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalDialog)

public:
    explicit JournalDialog(QWidget *parent = nullptr);

    void setConnection(const ConnectionSettings &settings);
    void setTable(const QString &table); // empty: every table
    QString table() const;

    JournalModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QCheckBox *partialOnly() const { return m_partialOnly; }
    QString statusText() const;
    int shownCount() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void refreshed(bool ok);

private:
    void onFinished(const JournalSnapshot &snapshot);

    ConnectionSettings m_connection;
    JournalModel *m_model;
    QSortFilterProxyModel *m_proxy;
    JournalQuery *m_query;
    QLineEdit *m_table;
    QCheckBox *m_partialOnly;
    QPushButton *m_refresh;
    QTableView *m_view;
    QLabel *m_status;
};

} // namespace pjl
