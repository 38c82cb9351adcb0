// SPDX-License-Identifier: Apache-2.0
#include "app/gui/HistoryDialog.h"

#include "app/gui/FieldForm.h"
#include "app/gui/LabSession.h"
#include "app/gui/Labels.h"
#include "db/trust/AuditService.h"

#include <QCoreApplication>
#include <QHash>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Etalon {

namespace {

QString valueText(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("–");
    if (v.isBool())
        return v.toBool() ? HistoryDialog::tr("yes") : HistoryDialog::tr("no");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isString())
        return v.toString().isEmpty() ? QStringLiteral("–") : Labels::quantity(v.toString());
    const QJsonObject o = v.toObject();
    if (o.contains(QStringLiteral("value")) && o.contains(QStringLiteral("unit"))) // a quantity
        return Labels::quantity(o.value(QStringLiteral("value")).toString() + u' ' +
                                o.value(QStringLiteral("unit")).toString());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/** The words for a detail's key; a key without words shows as it is. */
QString keyText(const QString& key)
{
    static const QHash<QString, const char*> words{
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("Etalon::HistoryDialog", "name")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("Etalon::HistoryDialog", "kind")},
        {QStringLiteral("tax_code"), QT_TRANSLATE_NOOP("Etalon::HistoryDialog", "tax code")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("Etalon::HistoryDialog", "address")},
        {QStringLiteral("commune"), QT_TRANSLATE_NOOP("Etalon::HistoryDialog", "commune or ward")},
        {QStringLiteral("province"), QT_TRANSLATE_NOOP("Etalon::HistoryDialog", "province")},
        {QStringLiteral("sector"), QT_TRANSLATE_NOOP("Etalon::HistoryDialog", "sector")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("Etalon::HistoryDialog", "phone")},
        {QStringLiteral("type"), QT_TRANSLATE_NOOP("Etalon::HistoryDialog", "type")},
        {QStringLiteral("serial"), QT_TRANSLATE_NOOP("Etalon::HistoryDialog", "serial number")},
        {QStringLiteral("manufacturer"), QT_TRANSLATE_NOOP("Etalon::HistoryDialog", "manufacturer")},
        {QStringLiteral("model"), QT_TRANSLATE_NOOP("Etalon::HistoryDialog", "model")},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("Etalon::HistoryDialog", "country of origin")},
        {QStringLiteral("year"), QT_TRANSLATE_NOOP("Etalon::HistoryDialog", "year made")},
        {QStringLiteral("pattern_approval"), QT_TRANSLATE_NOOP("Etalon::HistoryDialog", "pattern approval")},
        {QStringLiteral("owner_id"), QT_TRANSLATE_NOOP("Etalon::HistoryDialog", "owner")},
        {QStringLiteral("place"), QT_TRANSLATE_NOOP("Etalon::HistoryDialog", "place of use")},
        {QStringLiteral("range_min"), QT_TRANSLATE_NOOP("Etalon::HistoryDialog", "range minimum")},
        {QStringLiteral("range_max"), QT_TRANSLATE_NOOP("Etalon::HistoryDialog", "range maximum")},
        {QStringLiteral("resolution"), QT_TRANSLATE_NOOP("Etalon::HistoryDialog", "resolution d")},
        {QStringLiteral("verification_interval"),
         QT_TRANSLATE_NOOP("Etalon::HistoryDialog", "verification interval e")},
        {QStringLiteral("nominal"), QT_TRANSLATE_NOOP("Etalon::HistoryDialog", "nominal value")},
        {QStringLiteral("class"), QT_TRANSLATE_NOOP("Etalon::HistoryDialog", "accuracy class")}};
    const auto it = words.constFind(key);
    return it == words.constEnd() ? key : QCoreApplication::translate("Etalon::HistoryDialog", *it);
}

/** Each detail that differs between \a before and \a after, as "name: old → new", one a line. */
QString changes(const QString& before, const QString& after)
{
    const QJsonObject was = QJsonDocument::fromJson(before.toUtf8()).object();
    const QJsonObject is = QJsonDocument::fromJson(after.toUtf8()).object();
    QStringList keys = was.keys();
    for (const QString& k : is.keys())
        if (!keys.contains(k))
            keys.append(k);
    QStringList lines;
    for (const QString& k : keys) {
        if (k == QStringLiteral("id") || was.value(k) == is.value(k))
            continue;
        if (was.isEmpty())
            lines.append(QStringLiteral("%1: %2").arg(keyText(k), valueText(is.value(k))));
        else if (is.isEmpty())
            lines.append(QStringLiteral("%1: %2").arg(keyText(k), valueText(was.value(k))));
        else
            lines.append(
                QStringLiteral("%1: %2 → %3").arg(keyText(k), valueText(was.value(k)), valueText(is.value(k))));
    }
    return lines.join(u'\n');
}

} // namespace

HistoryDialog::HistoryDialog(LabSession& lab, const QString& entity, Id id, const QString& title, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("History of %1").arg(title));
    resize(820, 420);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("historyMessageLabel"));
    m_message->setWordWrap(true);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Changes")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    AuditFilter filter;
    filter.entity = entity;
    filter.entityId = id;
    auto entries = AuditService(lab.lab()).entries(lab.session(), filter);
    if (!entries) {
        m_message->setText(entries.error().message);
    } else {
        m_message->setText(tr("%n entry(ies) in the audit trail, newest first", nullptr, int(entries->size())));
        for (const AuditEntry& e : *entries) {
            const int r = m_table->rowCount();
            m_table->insertRow(r);
            const QString when =
                Labels::date(e.localAt.date()) + u' ' + e.localAt.time().toString(QStringLiteral("HH:mm"));
            const QStringList cells{when, e.userFullName.isEmpty() ? e.user : e.userFullName, e.actionText,
                                    changes(e.before, e.after)};
            for (int c = 0; c < cells.size(); ++c)
                m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
        }
        m_table->resizeColumnsToContents();
        m_table->resizeRowsToContents();
    }
    auto* buttons = dialogButtons(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}

} // namespace Etalon
