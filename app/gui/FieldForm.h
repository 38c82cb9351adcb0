// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Quantity.h"
#include "core/Result.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QWidget>

class QDialog;
class QFormLayout;
class QLabel;

namespace Etalon {

/**
 * A form whose rows are named by the use case's field names ("serial", "range-max"…), so a refused
 * input puts its message under the field at fault and the cursor in it.
 */
class FieldForm : public QWidget
{
    Q_OBJECT
public:
    explicit FieldForm(QWidget* parent = nullptr);

    /** Adds \a editor under \a label as the input of \a field. */
    void addField(const QString& field, const QString& label, QWidget* editor);
    /** Shows \a error at its field, or above the form when it names none of them. */
    void showError(const Error& error);
    /** Shows or hides \a field's row, label and all. */
    void setFieldVisible(const QString& field, bool visible);
    void clearErrors();
    /** The message shown at \a field, empty when none (for tests and screen readers). */
    QString errorAt(const QString& field) const;
    QString generalError() const;

private:
    QFormLayout* m_form = nullptr;
    QLabel* m_general = nullptr;
    QHash<QString, std::pair<QWidget*, QLabel*>> m_fields;
};

/**
 * A dialog's standard buttons in the chosen language: Qt ships no Vietnamese words for its own, so the
 * client gives them (a button the caller already named keeps its name).
 */
QDialogButtonBox* dialogButtons(QDialogButtonBox::StandardButtons which, QWidget* parent);
/** Save and Cancel for an editor dialog; Cancel closes it, Save is the caller's to connect. */
QDialogButtonBox* saveButtons(QDialog* dialog);
/** The quantity typed into a field (a Vietnamese decimal comma accepted), none when empty, or why not. */
Result<std::optional<Quantity>> typedQuantity(const QString& typed, const QString& field);

} // namespace Etalon
