// SPDX-License-Identifier: Apache-2.0
#include "core/Csv.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Etalon {

namespace {

// The first line's separators outside quotes tell a semicolon-separated file from a comma-separated one.
QChar separatorOf(const QString& text)
{
    bool quoted = false;
    int commas = 0, semicolons = 0;
    for (QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
    }
    return commas == 0 && semicolons > 0 ? QChar(u';') : QChar(u',');
}

bool formulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// The characters after any leading apostrophes begin like a formula.
bool looksLikeFormula(const QString& cell, qsizetype* apostrophes = nullptr)
{
    qsizetype i = 0;
    while (i < cell.size() && cell[i] == u'\'')
        ++i;
    if (apostrophes)
        *apostrophes = i;
    return i < cell.size() && formulaStart(cell[i]);
}

} // namespace

QString csvCellForSpreadsheet(const QString& cell)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+([.,][0-9]+)?([eE][+-]?[0-9]+)?$"));
    if (!looksLikeFormula(cell) || number.match(cell).hasMatch())
        return cell;
    return u'\'' + cell;
}

QString csvCellFromSpreadsheet(const QString& cell)
{
    qsizetype apostrophes = 0;
    return looksLikeFormula(cell, &apostrophes) && apostrophes > 0 ? cell.mid(1) : cell;
}

Result<QList<QStringList>> parseCsv(const QString& text)
{
    const QChar separator = separatorOf(text);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    auto endField = [&] {
        row.append(field);
        field.clear();
        fieldStarted = false;
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field.append(u'"');
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
        } else if (c == u'"' && !fieldStarted && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == separator) {
            endField();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            endField();
            rows.append(row);
            row.clear();
            ++line;
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted)
        return fail(
            Error::badInput(QStringLiteral("file"),
                            QCoreApplication::translate("Etalon", "unterminated quoted field at line %1").arg(line),
                            QStringLiteral("bad_csv")));
    if (fieldStarted || !field.isEmpty() || !row.isEmpty()) {
        endField();
        rows.append(row);
    }
    return rows;
}

} // namespace Etalon
