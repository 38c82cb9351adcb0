// SPDX-License-Identifier: Apache-2.0
#include "core/Csv.h"

#include <QCoreApplication>

namespace Etalon {

Result<QList<QStringList>> parseCsv(const QString& text)
{
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
        } else if (c == u',') {
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
