// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/gui/TablePage.h"
#include "core/Domain.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

class QTimer;

namespace Etalon {

class FieldForm;
struct RecordSummary;

/** Starts a verification or calibration of one instrument: kind, date and the conditions of the room. */
class StartRecordDialog : public QDialog
{
    Q_OBJECT
public:
    StartRecordDialog(LabSession& lab, Id instrumentId, QWidget* parent = nullptr);

    FieldForm* form() const { return m_form; }
    QComboBox* kindCombo() const { return m_kind; }
    QLineEdit* temperatureEdit() const { return m_temperature; }
    QLineEdit* humidityEdit() const { return m_humidity; }
    QLineEdit* dateEdit() const { return m_date; }
    QComboBox* siteCombo() const { return m_site; }
    QLineEdit* siteAddressEdit() const { return m_siteAddress; }
    QLineEdit* conditionEdit() const { return m_condition; }
    QCheckBox* conformityCheck() const { return m_conformity; }
    Id recordId() const { return m_recordId; }

public slots:
    void start();

private slots:
    void showFieldsOfKind();

private:
    LabSession& m_lab;
    Id m_instrumentId = 0;
    FieldForm* m_form = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_date = nullptr;
    QLineEdit* m_temperature = nullptr;
    QLineEdit* m_humidity = nullptr;
    QComboBox* m_site = nullptr;
    QLineEdit* m_siteAddress = nullptr;
    QLineEdit* m_condition = nullptr;
    QSpinBox* m_interval = nullptr;
    QCheckBox* m_conformity = nullptr;
    Id m_recordId = 0;
};

/** The records a list shows, one row each, coloured by verdict. */
/** The rows of a list of records; a draft another desk has open says so in its status (\a editing, by record). */
QList<ListTableModel::Row> recordRows(const QList<RecordSummary>& records, const QHash<Id, QString>& editing = {});
QStringList recordHeaders();

/** A technician's own work: drafts (including those a manager sent back) and what waits for approval. */
class WorkPage : public TablePage
{
    Q_OBJECT
public:
    WorkPage(LabSession& lab, QWidget* parent = nullptr);
    void reload() override;
    /** Opens the record in the data-entry grid; returns the editor's result code. */
    int openRecord(Id id);
    /** Whether the list reads itself again every 30 s, to drop the marks of holds that lapse meanwhile. */
    bool watchingLapses() const;

private:
    /// while a draft is shown as being edited elsewhere: a hold that lapses changes nothing others hear of
    QTimer* m_lapseCheck = nullptr;
};

/** A manager's desk: records waiting for approval, approved ones waiting for their certificate. */
class ApprovalsPage : public TablePage
{
    Q_OBJECT
public:
    ApprovalsPage(LabSession& lab, QWidget* parent = nullptr);
    void reload() override;

    QComboBox* statusCombo() const { return m_status; }
    /** Opens the review and signing screen on record \a id (modal); the list shows what changed after. */
    void review(Id id);
    void approveSelected();
    /** Sends the selected record back with \a reason (asked for when empty). */
    void sendBackSelected(QString reason = {});
    /**
     * Issues the selected record's certificate, signing with \a passphrase (asked for when empty); a
     * revision's certificate amends the one it revises, for \a reason (asked for when empty).
     */
    void issueSelected(QString passphrase = {}, QString reason = {});

signals:
    void certificateIssued(const QString& number);

private:
    QComboBox* m_status = nullptr;
    QHash<qint64, QString> m_amends; ///< record → the certificate its issue amends
};

} // namespace Etalon
