#pragma once

#include "loadplan.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace pjl {

// The load options a user rarely changes, which the CLI has as switches and a profile keeps: the
// largest record, the batch byte cap, how long to keep reconnecting, whether batch commits wait
// for the WAL flush, lz4 for large records, and the COPY format.
class AdvancedOptionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdvancedOptionsDialog)

public:
    explicit AdvancedOptionsDialog(const LoadOptions &options, QWidget *parent = nullptr);

    // The options the dialog controls; the others keep the values of base.
    LoadOptions options(const LoadOptions &base) const;

    // base with the options the dialog controls taken from advanced.
    static LoadOptions withAdvanced(LoadOptions base, const LoadOptions &advanced);
    // How many of the options the dialog controls differ from their defaults.
    static int changedCount(const LoadOptions &options);

private:
    void fill(const LoadOptions &options);

    QSpinBox *m_maxRecordMb;
    QSpinBox *m_chunkMb;
    QSpinBox *m_commitMb;
    QSpinBox *m_retrySeconds;
    QCheckBox *m_synchronousCommit;
    QCheckBox *m_lz4;
    QComboBox *m_copyFormat;
};

} // namespace pjl
