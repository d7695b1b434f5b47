#pragma once

#include "loadplan.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QPushButton;
class QSpinBox;

namespace pjl {

// How to load: rows per batch (one transaction each), parallel workers, whether a missing table
// is created or must exist, the form records are sent in, "empty the tables first", whether
// folders include subfolders, and whether every record is validated before it is sent; the rest
// (AdvancedOptionsDialog) behind a button that says how many of them differ from their defaults.
class LoadSettingsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadSettingsWidget)

public:
    explicit LoadSettingsWidget(QWidget *parent = nullptr);

    // The options the widget controls; the others keep the values of base.
    LoadOptions options(const LoadOptions &base = {}) const;
    void setOptions(const LoadOptions &options);
    bool recursive() const;

    QSpinBox *chunkBox() const { return m_chunk; }
    QSpinBox *workersBox() const { return m_workers; }
    QComboBox *tableModeBox() const { return m_tableMode; }
    QComboBox *recordFormBox() const { return m_recordForm; }
    QCheckBox *truncateBox() const { return m_truncate; }
    QCheckBox *recursiveBox() const { return m_recursive; }
    QCheckBox *validateFirstBox() const { return m_validateFirst; }
    QPushButton *advancedButton() const { return m_advancedButton; }

Q_SIGNALS:
    void changed();

private:
    void editAdvanced();
    void updateAdvancedButton();

    QSpinBox *m_chunk;
    QSpinBox *m_workers;
    QComboBox *m_tableMode;
    QComboBox *m_recordForm;
    QCheckBox *m_truncate;
    QCheckBox *m_recursive;
    QCheckBox *m_validateFirst;
    QPushButton *m_advancedButton;
    LoadOptions m_advanced; // holds the dialog's options
};

} // namespace pjl
