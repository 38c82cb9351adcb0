// SPDX-License-Identifier: Apache-2.0
#include "support/DccXml.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace Etalon::Test {

QList<QPair<QString, QString>> xmlNodes(const QByteArray& xml)
{
    QList<QPair<QString, QString>> out;
    QStringList path;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            path.append(reader.name().toString());
            const QString at = path.join(u'/');
            const auto refType = reader.attributes().value(QStringLiteral("refType"));
            if (!refType.isNull())
                out.append({at + QStringLiteral("@refType"), refType.toString()});
            out.append({at, QString()});
        } else if (reader.isCharacters() && !reader.isWhitespace() && !out.isEmpty()) {
            out.last().second += reader.text(); // a DCC has no mixed content: the text is the last element's
        } else if (reader.isEndElement()) {
            path.removeLast();
        }
    }
    if (reader.hasError())
        out.append({QStringLiteral("error"), reader.errorString()});
    return out;
}

QStringList valuesAt(const QList<QPair<QString, QString>>& nodes, const QStringList& suffixes)
{
    QStringList out;
    for (const auto& [path, value] : nodes)
        for (const QString& suffix : suffixes)
            if (path.endsWith(suffix)) {
                out.append(value);
                break;
            }
    return out;
}

QString dccSchemaErrors(const QByteArray& xml)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dcc.xml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size())
        return QStringLiteral("cannot write %1").arg(path);
    file.close();
    QProcess lint;
    lint.start(QStringLiteral("xmllint"),
               {QStringLiteral("--noout"), QStringLiteral("--schema"),
                QStringLiteral(ETALON_REFERENCE_DIR "/dcc/dcc.xsd"), path});
    if (!lint.waitForFinished(60000))
        return QStringLiteral("xmllint did not finish");
    return lint.exitCode() == 0 ? QString() : QString::fromUtf8(lint.readAllStandardError());
}

} // namespace Etalon::Test
