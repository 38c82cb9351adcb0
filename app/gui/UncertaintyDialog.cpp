// SPDX-License-Identifier: Apache-2.0
#include "app/gui/UncertaintyDialog.h"

#include "app/gui/FieldForm.h"

#include "core/BudgetJson.h"

#include "app/gui/FileDialogs.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Etalon {

namespace {

const char* const kinds[] = {"standard_uncertainty", "expanded", "half_width", "observations"};
const char* const distributions[] = {"rectangular", "triangular", "arcsine", "normal"};

// Numbers as the user's language writes them (a decimal comma in Vietnamese), or with a point.
std::optional<double> parseNumber(const QString& text)
{
    bool ok = false;
    double v = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        v = QLocale::c().toDouble(text.trimmed(), &ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

// Numbers shown without digit grouping: 10000.025, not 10,000.025.
QLocale displayLocale()
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}

QString cell(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

UncertaintyDialog::UncertaintyDialog(QWidget* parent)
    : QDialog(parent)
{
    buildUi();
}

void UncertaintyDialog::buildUi()
{
    setWindowTitle(tr("Uncertainty calculator"));
    resize(980, 620);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_measurand = new QLineEdit(this);
    m_measurand->setObjectName(QStringLiteral("measurandLineEdit"));
    m_unit = new QLineEdit(this);
    m_unit->setObjectName(QStringLiteral("unitLineEdit"));
    m_estimate = new QLineEdit(this);
    m_estimate->setObjectName(QStringLiteral("estimateLineEdit"));
    m_coverage = new QComboBox(this);
    m_coverage->setObjectName(QStringLiteral("coverageComboBox"));
    m_coverage->addItem(tr("p = 95.45 % (t-distribution)"), 0.9545);
    m_coverage->addItem(tr("p = 95 % (t-distribution)"), 0.95);
    m_coverage->addItem(tr("p = 99 % (t-distribution)"), 0.99);
    m_coverage->addItem(tr("k = 2 (fixed)"), -2.0);
    form->addRow(tr("Measurand"), m_measurand);
    form->addRow(tr("Unit"), m_unit);
    form->addRow(tr("Estimate"), m_estimate);
    form->addRow(tr("Coverage"), m_coverage);
    layout->addLayout(form);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("contributionsTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Contribution"), tr("Given as"), tr("Value (observations: a; b; c)"),
                                        tr("k"), tr("p"), tr("Distribution"), tr("Sensitivity"), tr("ν")});
    m_table->horizontalHeader()->setSectionResizeMode(Value, QHeaderView::Stretch);
    m_table->setColumnWidth(Name, 260);
    m_table->setColumnWidth(Kind, 170);
    layout->addWidget(m_table, 2);
    auto* rowButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add contribution"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    auto* open = new QPushButton(tr("Open…"), this);
    auto* save = new QPushButton(tr("Save…"), this);
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    rowButtons->addWidget(open);
    rowButtons->addWidget(save);
    layout->addLayout(rowButtons);

    m_results = new QTableWidget(0, 6, this);
    m_results->setObjectName(QStringLiteral("resultsTableWidget"));
    m_results->setHorizontalHeaderLabels(
        {tr("Contribution"), tr("u(xᵢ)"), tr("cᵢ"), tr("|cᵢ·u(xᵢ)|"), tr("νᵢ"), tr("Share")});
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_results, 2);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto* buttons = dialogButtons(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this,
            [this] { addContribution(QString(), QString::fromLatin1(kinds[0]), QString()); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
        evaluate();
    });
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::openFile(this, tr("Open a budget"), QString(), tr("Budgets (*.json)"));
        if (!path.isEmpty())
            openFile(path);
    });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::saveFile(this, tr("Save the budget"), QString(), tr("Budgets (*.json)"));
        if (!path.isEmpty())
            saveFile(path);
    });
    connect(m_table, &QTableWidget::itemChanged, this, &UncertaintyDialog::evaluate);
    for (QLineEdit* edit : {m_measurand, m_unit, m_estimate})
        connect(edit, &QLineEdit::textChanged, this, &UncertaintyDialog::evaluate);
    connect(m_coverage, &QComboBox::currentIndexChanged, this, &UncertaintyDialog::evaluate);
}

QComboBox* UncertaintyDialog::comboFor(int row, int column) const
{
    return qobject_cast<QComboBox*>(m_table->cellWidget(row, column));
}

void UncertaintyDialog::addContribution(const QString& name, const QString& kind, const QString& value)
{
    const bool loading = m_loading;
    m_loading = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, Name, new QTableWidgetItem(name));
    m_table->setItem(row, Value, new QTableWidgetItem(value));
    for (int c : {K, Probability, Sensitivity, Dof})
        m_table->setItem(row, c, new QTableWidgetItem);
    auto* kindBox = new QComboBox(m_table);
    for (const char* k : kinds)
        kindBox->addItem(QString::fromLatin1(k));
    kindBox->setCurrentText(kind);
    auto* distributionBox = new QComboBox(m_table);
    for (const char* d : distributions)
        distributionBox->addItem(QString::fromLatin1(d));
    m_table->setCellWidget(row, Kind, kindBox);
    m_table->setCellWidget(row, Distribution, distributionBox);
    connect(kindBox, &QComboBox::currentIndexChanged, this, &UncertaintyDialog::evaluate);
    connect(distributionBox, &QComboBox::currentIndexChanged, this, &UncertaintyDialog::evaluate);
    m_loading = loading;
    evaluate();
}

Result<QJsonObject> UncertaintyDialog::budgetJson() const
{
    QJsonObject json{{QStringLiteral("measurand"), m_measurand->text()}, {QStringLiteral("unit"), m_unit->text()}};
    if (!m_estimate->text().trimmed().isEmpty()) {
        const auto estimate = parseNumber(m_estimate->text());
        if (!estimate)
            return fail(Error::badInput(QStringLiteral("estimate"), tr("the estimate is not a number")));
        json.insert(QStringLiteral("estimate"), *estimate);
    }
    const double coverage = m_coverage->currentData().toDouble();
    json.insert(coverage < 0 ? QStringLiteral("k") : QStringLiteral("coverage_probability"), std::abs(coverage));
    QJsonArray contributions;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = cell(m_table, row, Name).isEmpty() ? tr("row %1").arg(row + 1) : cell(m_table, row, Name);
        const QString kind = comboFor(row, Kind) ? comboFor(row, Kind)->currentText() : QString::fromLatin1(kinds[0]);
        QJsonObject c{{QStringLiteral("name"), name}};
        const QString value = cell(m_table, row, Value);
        if (kind == QStringLiteral("observations")) {
            QJsonArray observations;
            for (const QString& part : value.split(u';', Qt::SkipEmptyParts)) {
                const auto v = parseNumber(part);
                if (!v)
                    return fail(
                        Error::badInput(name, tr("“%1”: observation “%2” is not a number").arg(name, part.trimmed())));
                observations.append(*v);
            }
            c.insert(QStringLiteral("observations"), observations);
        } else {
            const auto v = parseNumber(value);
            if (!v)
                return fail(Error::badInput(name, tr("“%1”: the value is not a number").arg(name)));
            c.insert(kind, *v);
        }
        if (kind == QStringLiteral("half_width") && comboFor(row, Distribution))
            c.insert(QStringLiteral("distribution"), comboFor(row, Distribution)->currentText());
        for (const auto& [column, key] : {std::pair{int(K), "k"}, std::pair{int(Probability), "coverage_probability"},
                                          std::pair{int(Sensitivity), "sensitivity"}, std::pair{int(Dof), "dof"}}) {
            const QString text = cell(m_table, row, column);
            if (text.isEmpty())
                continue;
            const auto v = parseNumber(text);
            if (!v)
                return fail(Error::badInput(name, tr("“%1”: %2 is not a number").arg(name, QString::fromLatin1(key))));
            c.insert(QString::fromLatin1(key), *v);
        }
        contributions.append(c);
    }
    json.insert(QStringLiteral("contributions"), contributions);
    return json;
}

void UncertaintyDialog::setBudgetJson(const QJsonObject& json)
{
    m_loading = true;
    m_measurand->setText(json.value(QStringLiteral("measurand")).toString());
    m_unit->setText(json.value(QStringLiteral("unit")).toString());
    m_estimate->setText(json.contains(QStringLiteral("estimate"))
                            ? displayLocale().toString(json.value(QStringLiteral("estimate")).toDouble(), 'g', 15)
                            : QString());
    const double p = json.value(QStringLiteral("coverage_probability")).toDouble(0.9545);
    m_coverage->setCurrentIndex(json.contains(QStringLiteral("k")) ? 3 : std::max(0, m_coverage->findData(p)));
    m_table->setRowCount(0);
    for (const QJsonValue& v : json.value(QStringLiteral("contributions")).toArray()) {
        const QJsonObject c = v.toObject();
        QString kind = QString::fromLatin1(kinds[0]);
        QString value;
        for (const char* k : kinds) {
            if (!c.contains(QString::fromLatin1(k)))
                continue;
            kind = QString::fromLatin1(k);
            if (kind == QStringLiteral("observations")) {
                QStringList parts;
                for (const QJsonValue& o : c.value(kind).toArray())
                    parts.append(displayLocale().toString(o.toDouble(), 'g', 15));
                value = parts.join(QStringLiteral("; "));
            } else {
                value = displayLocale().toString(c.value(kind).toDouble(), 'g', 15);
            }
        }
        addContribution(c.value(QStringLiteral("name")).toString(), kind, value);
        const int row = m_table->rowCount() - 1;
        for (const auto& [column, key] : {std::pair{int(K), "k"}, std::pair{int(Probability), "coverage_probability"},
                                          std::pair{int(Sensitivity), "sensitivity"}, std::pair{int(Dof), "dof"}}) {
            if (c.contains(QString::fromLatin1(key)) && !c.value(QString::fromLatin1(key)).isNull())
                m_table->item(row, column)
                    ->setText(displayLocale().toString(c.value(QString::fromLatin1(key)).toDouble(), 'g', 15));
        }
        if (c.contains(QStringLiteral("distribution")))
            comboFor(row, Distribution)->setCurrentText(c.value(QStringLiteral("distribution")).toString());
    }
    m_loading = false;
    evaluate();
}

void UncertaintyDialog::evaluate()
{
    if (m_loading)
        return;
    m_results->setRowCount(0);
    auto json = budgetJson();
    auto budget = json ? BudgetJson::read(*json) : Result<Budget>(fail(json.error()));
    auto result = budget ? evaluateBudget(*budget) : Result<BudgetResult>(fail(budget.error()));
    if (!result) {
        m_summary->setText(m_table->rowCount() == 0 ? tr("Add the contributions of the budget.")
                                                    : result.error().message);
        return;
    }
    const QLocale locale = displayLocale();
    for (const ContributionResult& c : result->contributions) {
        const int row = m_results->rowCount();
        m_results->insertRow(row);
        const QStringList cells{c.name,
                                locale.toString(c.standardUncertainty, 'g', 4),
                                locale.toString(c.sensitivity, 'g', 4),
                                locale.toString(c.contribution, 'g', 4),
                                c.dof ? locale.toString(*c.dof, 'g', 4) : QStringLiteral("∞"),
                                locale.toString(c.share * 100, 'f', 1) + QStringLiteral(" %")};
        for (int i = 0; i < cells.size(); ++i)
            m_results->setItem(row, i, new QTableWidgetItem(cells[i]));
    }
    m_summary->setText(
        tr("u_c = %1; ν_eff = %2; k = %3; U = %4 — result: %5")
            .arg(locale.toString(result->combined, 'g', 4),
                 result->effectiveDof ? locale.toString(*result->effectiveDof, 'f', 1) : QStringLiteral("∞"),
                 locale.toString(result->coverageFactor, 'f', 2), locale.toString(result->expanded, 'g', 4),
                 result->resultText));
}

QString UncertaintyDialog::resultText() const
{
    return m_summary->text();
}

bool UncertaintyDialog::openFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("Cannot open %1: %2").arg(path, file.errorString()));
        return false;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject()) {
        m_summary->setText(tr("%1 is not a budget file").arg(path));
        return false;
    }
    setBudgetJson(doc.object());
    return true;
}

bool UncertaintyDialog::saveFile(const QString& path)
{
    auto json = budgetJson();
    if (!json) {
        m_summary->setText(json.error().message);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(*json).toJson(QJsonDocument::Indented)) < 0 ||
        !file.commit()) {
        m_summary->setText(tr("Cannot save %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace Etalon
