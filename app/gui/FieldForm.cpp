// SPDX-License-Identifier: Apache-2.0
#include "app/gui/FieldForm.h"

#include "app/gui/Labels.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Etalon {

namespace {

QLabel* errorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("color:#b02a37"));
    label->setWordWrap(true);
    label->setVisible(false);
    return label;
}

} // namespace

FieldForm::FieldForm(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_general = errorLabel(this);
    m_general->setObjectName(QStringLiteral("formErrorLabel"));
    layout->addWidget(m_general);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
}

void FieldForm::addField(const QString& field, const QString& label, QWidget* editor)
{
    auto* cell = new QWidget(this);
    auto* column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    editor->setParent(cell);
    editor->setObjectName(field + QStringLiteral("Field"));
    column->addWidget(editor);
    QLabel* error = errorLabel(cell);
    error->setObjectName(field + QStringLiteral("Error"));
    column->addWidget(error);
    // The label's mnemonic (Alt+letter) goes to the editor itself, not to the cell around it.
    auto* caption = new QLabel(label, this);
    caption->setBuddy(editor);
    m_form->addRow(caption, cell);
    m_fields.insert(field, {editor, error});
}

void FieldForm::setFieldVisible(const QString& field, bool visible)
{
    const auto it = m_fields.constFind(field);
    if (it != m_fields.constEnd())
        m_form->setRowVisible(it->first->parentWidget(), visible);
}

void FieldForm::showError(const Error& error)
{
    clearErrors();
    const auto it = m_fields.constFind(error.field);
    if (it == m_fields.constEnd()) {
        m_general->setText(error.message);
        m_general->setVisible(true);
        return;
    }
    it->second->setText(error.message);
    it->second->setVisible(true);
    it->first->setFocus();
}

void FieldForm::clearErrors()
{
    m_general->clear();
    m_general->setVisible(false);
    for (const auto& [editor, label] : std::as_const(m_fields)) {
        label->clear();
        label->setVisible(false);
    }
}

QString FieldForm::errorAt(const QString& field) const
{
    const auto it = m_fields.constFind(field);
    return it == m_fields.constEnd() ? QString() : it->second->text();
}

QString FieldForm::generalError() const
{
    return m_general->text();
}

QDialogButtonBox* dialogButtons(QDialogButtonBox::StandardButtons which, QWidget* parent)
{
    auto* buttons = new QDialogButtonBox(which, parent);
    const QList<std::pair<QDialogButtonBox::StandardButton, QString>> words{
        {QDialogButtonBox::Ok, FieldForm::tr("OK")},
        {QDialogButtonBox::Save, FieldForm::tr("&Save")},
        {QDialogButtonBox::Cancel, FieldForm::tr("Cancel")},
        {QDialogButtonBox::Close, FieldForm::tr("&Close")}};
    for (const auto& [button, text] : words)
        if (QPushButton* b = buttons->button(button))
            b->setText(text);
    return buttons;
}

QDialogButtonBox* saveButtons(QDialog* dialog)
{
    // Wide enough for a refusal of two lines under its field to be read whole.
    dialog->setMinimumWidth(std::max(dialog->minimumWidth(), 600));
    auto* buttons = dialogButtons(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

Result<std::optional<Quantity>> typedQuantity(const QString& typed, const QString& field)
{
    const QString text = Labels::typedNumber(typed.trimmed());
    if (text.isEmpty())
        return std::optional<Quantity>();
    auto q = Quantity::parse(text, field);
    if (!q)
        return fail(q.error());
    return std::optional<Quantity>(*q);
}

} // namespace Etalon
