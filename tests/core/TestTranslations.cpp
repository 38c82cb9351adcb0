// SPDX-License-Identifier: Apache-2.0
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations;
    bool finished = true;
};

QList<Message> readTs(const QString& language)
{
    QFile f(QStringLiteral(ETALON_TRANSLATIONS_DIR "/etalon_%1.ts").arg(language));
    REQUIRE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QList<Message> out;
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QStringLiteral("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QStringLiteral("message")) {
            out.append(Message{context, {}, {}, true});
        } else if (xml.name() == QStringLiteral("source")) {
            out.last().source = xml.readElementText();
        } else if (xml.name() == QStringLiteral("translation")) {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            out.last().finished = type.isEmpty();
            if (!xml.attributes().hasAttribute(QStringLiteral("type")) || type.isEmpty()) {
                // Either plain text or numerus forms follow.
                QString text;
                while (!(xml.isEndElement() && xml.name() == QStringLiteral("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    if (xml.isStartElement() && xml.name() == QStringLiteral("numerusform"))
                        out.last().translations.append(xml.readElementText());
                }
                if (out.last().translations.isEmpty())
                    out.last().translations.append(text);
            }
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return out;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

TEST_CASE("every user-facing string has a Vietnamese and an English translation", "[core][i18n]")
{
    for (const char* language : {"vi", "en"}) {
        const QList<Message> messages = readTs(QString::fromLatin1(language));
        CHECK(messages.size() > 200);
        for (const Message& m : messages) {
            INFO(language << " [" << m.context.toStdString() << "] " << m.source.toStdString());
            CHECK(m.finished);
            REQUIRE_FALSE(m.translations.isEmpty());
            for (const QString& t : m.translations) {
                CHECK_FALSE(t.trimmed().isEmpty());
                // A translation keeps every placeholder of its source, so no argument is lost.
                CHECK(placeholders(t) == placeholders(m.source));
            }
        }
    }
}
