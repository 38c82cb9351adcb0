// SPDX-License-Identifier: Apache-2.0
#include "reports/CsvWriter.h"

#include "core/Csv.h"

#include <QCoreApplication>

namespace Etalon {

CsvWriter::CsvWriter(QIODevice* out)
    : m_out(out)
{
}

QString CsvWriter::quote(const QString& field)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool needs = false;
    for (QChar c : field)
        needs = needs || special.contains(c);
    if (!needs)
        return field;
    QString escaped = field;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

Status CsvWriter::writeRow(const QStringList& fields)
{
    QByteArray bytes;
    if (!m_started) {
        bytes.append("\xEF\xBB\xBF");
        m_started = true;
    }
    QStringList quoted;
    for (const QString& f : fields)
        quoted.append(quote(csvCellForSpreadsheet(f)));
    bytes.append(quoted.join(u',').toUtf8());
    bytes.append("\r\n");
    if (m_out->write(bytes) != bytes.size())
        return fail(Error::internal(
            QCoreApplication::translate("Etalon", "cannot write the CSV file: %1").arg(m_out->errorString()),
            QStringLiteral("write_failed")));
    return {};
}

} // namespace Etalon
