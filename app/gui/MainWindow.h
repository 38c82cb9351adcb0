// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMainWindow>

#include <memory>

class QLineEdit;
class QTableView;
class QSpinBox;
class QLabel;
class QTabWidget;

namespace Etalon {

class Database;
class Lab;
class InstrumentTableModel;
class DueTableModel;

/** The lab's main window: the instrument registry and what falls due. */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /** Opens the lab database at \a path; returns an error message or an empty string. */
    QString openLab(const QString& path);

    InstrumentTableModel* instrumentModel() const { return m_instruments.get(); }
    DueTableModel* dueModel() const { return m_due.get(); }
    QLineEdit* searchEdit() const { return m_search; }
    QTabWidget* tabs() const { return m_tabs; }
    /** Renders the main screens into PNG files in \a directory (for the documentation); false on failure. */
    bool writeScreenshots(const QString& directory);

private:
    void buildUi();
    void refreshDue();

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Lab> m_lab;
    std::unique_ptr<InstrumentTableModel> m_instruments;
    std::unique_ptr<DueTableModel> m_due;
    QLineEdit* m_search = nullptr;
    QTableView* m_instrumentView = nullptr;
    QTableView* m_dueView = nullptr;
    QSpinBox* m_dueDays = nullptr;
    QLabel* m_banner = nullptr;
    QTabWidget* m_tabs = nullptr;
};

} // namespace Etalon
