// SPDX-License-Identifier: Apache-2.0
#include "core/Communes.h"

#include "core/Tr.h"

#include <QSet>

namespace Etalon {

namespace {

/**
 * Lower case, composed, single-spaced, with the tone mark of "oa", "oe" and "uy" on the second vowel as the 2025
 * register writes it ("hòa", "thủy"): the older placement ("hoà", "thuỷ") names the same commune.
 */
QString folded(const QString& text)
{
    static const QList<std::pair<QString, QString>> tones{
        {QStringLiteral("oà"), QStringLiteral("òa")}, {QStringLiteral("oá"), QStringLiteral("óa")},
        {QStringLiteral("oả"), QStringLiteral("ỏa")}, {QStringLiteral("oã"), QStringLiteral("õa")},
        {QStringLiteral("oạ"), QStringLiteral("ọa")}, {QStringLiteral("oè"), QStringLiteral("òe")},
        {QStringLiteral("oé"), QStringLiteral("óe")}, {QStringLiteral("oẻ"), QStringLiteral("ỏe")},
        {QStringLiteral("oẽ"), QStringLiteral("õe")}, {QStringLiteral("oẹ"), QStringLiteral("ọe")},
        {QStringLiteral("uỳ"), QStringLiteral("ùy")}, {QStringLiteral("uý"), QStringLiteral("úy")},
        {QStringLiteral("uỷ"), QStringLiteral("ủy")}, {QStringLiteral("uỹ"), QStringLiteral("ũy")},
        {QStringLiteral("uỵ"), QStringLiteral("ụy")}};
    QString out = text.normalized(QString::NormalizationForm_C).simplified().toLower();
    for (const auto& [older, newer] : tones)
        out.replace(older, newer);
    return out;
}

QString withoutPrefix(const QString& foldedName)
{
    for (const QString& prefix : {QStringLiteral("xã "), QStringLiteral("phường "), QStringLiteral("đặc khu ")})
        if (foldedName.startsWith(prefix))
            return foldedName.mid(prefix.size());
    return foldedName;
}

} // namespace

CommuneRegister::CommuneRegister(QString province, QStringList names)
    : m_province(std::move(province))
    , m_names(std::move(names))
{
    QSet<QString> shared;
    for (const QString& name : m_names) {
        const QString f = folded(name);
        m_byName.insert(f, name);
        const QString bare = withoutPrefix(f);
        if (m_byBareName.contains(bare))
            shared.insert(bare);
        m_byBareName.insert(bare, name);
    }
    for (const QString& bare : shared)
        m_byBareName.remove(bare);
}

bool CommuneRegister::covers(const QString& province) const
{
    // Without its diacritics too: "tuyen quang" is typed on keyboards without Vietnamese input.
    const auto plain = [](const QString& text) {
        QString out;
        for (const QChar c : text.normalized(QString::NormalizationForm_D))
            if (c.category() != QChar::Mark_NonSpacing)
                out.append(c == u'đ' ? u'd' : c);
        return out;
    };
    QString p = plain(folded(province));
    if (p.startsWith(QStringLiteral("tinh ")))
        p = p.mid(5);
    return p.isEmpty() || p == plain(folded(m_province));
}

std::optional<QString> CommuneRegister::find(const QString& text) const
{
    const QString wanted = folded(text);
    if (wanted.isEmpty())
        return std::nullopt;
    if (const auto it = m_byName.constFind(wanted); it != m_byName.constEnd())
        return *it;
    // A name without its prefix counts only when it is bare as typed and names one commune.
    if (withoutPrefix(wanted) != wanted)
        return std::nullopt;
    if (const auto it = m_byBareName.constFind(wanted); it != m_byBareName.constEnd())
        return *it;
    return std::nullopt;
}

Result<QString> CommuneRegister::canonical(const QString& text, const QString& field) const
{
    if (text.trimmed().isEmpty())
        return QString();
    if (auto name = find(text))
        return *name;
    return fail(Error::badInput(field,
                                Tr::tr("“%1” is not a commune or ward of %2: give its registered name, such as "
                                       "“%3” (`etalon-cli commune list` shows them all)")
                                    .arg(text.trimmed(), m_province, m_names.value(0))));
}

} // namespace Etalon
