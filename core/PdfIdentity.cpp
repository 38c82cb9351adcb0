// SPDX-License-Identifier: Apache-2.0
#include "core/PdfIdentity.h"

namespace Etalon {

namespace {

QString unescapeXml(QString text)
{
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&apos;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

// The XMP packet is stored uncompressed (PDF/A asks for it): <dc:title>…<rdf:li …>TITLE</rdf:li>.
QString xmpTitle(const QByteArray& bytes)
{
    const qsizetype start = bytes.lastIndexOf("<dc:title>");
    if (start < 0)
        return {};
    const qsizetype end = bytes.indexOf("</dc:title>", start);
    const qsizetype li = bytes.indexOf("<rdf:li", start);
    if (end < 0 || li < 0 || li > end)
        return {};
    const qsizetype open = bytes.indexOf('>', li);
    const qsizetype close = bytes.indexOf("</rdf:li>", li);
    if (open < 0 || close < 0 || close > end || open > close)
        return {};
    return unescapeXml(QString::fromUtf8(bytes.mid(open + 1, close - open - 1))).trimmed();
}

// The document information's /Title as a literal string: PDFDocEncoding, or UTF-16BE after a byte-order mark.
QString infoTitle(const QByteArray& bytes)
{
    const qsizetype key = bytes.lastIndexOf("/Title");
    if (key < 0)
        return {};
    qsizetype i = key + 6;
    while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\r' || bytes[i] == '\n'))
        ++i;
    if (i >= bytes.size() || bytes[i] != '(')
        return {};
    QByteArray raw;
    int depth = 1;
    for (++i; i < bytes.size() && raw.size() < 4096; ++i) {
        char c = bytes[i];
        if (c == '\\' && i + 1 < bytes.size()) {
            const char next = bytes[++i];
            switch (next) {
            case 'n':
                raw.append('\n');
                break;
            case 'r':
                raw.append('\r');
                break;
            case 't':
                raw.append('\t');
                break;
            default:
                raw.append(next);
            }
            continue;
        }
        if (c == '(')
            ++depth;
        if (c == ')' && --depth == 0)
            break;
        raw.append(c);
    }
    if (raw.startsWith("\xfe\xff")) {
        QString out;
        for (qsizetype k = 2; k + 1 < raw.size(); k += 2)
            out.append(QChar(char16_t((uchar(raw[k]) << 8) | uchar(raw[k + 1]))));
        return out.trimmed();
    }
    return QString::fromLatin1(raw).trimmed();
}

QByteArray firstId(const QByteArray& bytes)
{
    qsizetype key = bytes.lastIndexOf("/ID");
    while (key >= 0) {
        qsizetype i = key + 3;
        while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\r' || bytes[i] == '\n'))
            ++i;
        if (i < bytes.size() && bytes[i] == '[') {
            const qsizetype open = bytes.indexOf('<', i);
            const qsizetype close = open < 0 ? -1 : bytes.indexOf('>', open);
            if (open >= 0 && close > open && close - open < 200) {
                QByteArray hex = bytes.mid(open + 1, close - open - 1).trimmed().toLower();
                bool isHex = !hex.isEmpty();
                for (char c : hex)
                    isHex = isHex && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
                if (isHex)
                    return hex;
            }
        }
        key = key > 0 ? bytes.lastIndexOf("/ID", key - 1) : -1;
    }
    return {};
}

} // namespace

PdfIdentity PdfIdentity::read(const QByteArray& bytes)
{
    PdfIdentity out;
    // The header may follow a little junk (ISO 32000-1 7.5.2 readers accept it within the first 1024 bytes).
    out.isPdf = bytes.left(1024).contains("%PDF-");
    if (!out.isPdf)
        return out;
    out.title = xmpTitle(bytes);
    if (out.title.isEmpty())
        out.title = infoTitle(bytes);
    out.documentId = firstId(bytes);
    return out;
}

} // namespace Etalon
