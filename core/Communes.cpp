// SPDX-License-Identifier: Apache-2.0
#include "core/Communes.h"

#include "core/Tr.h"

namespace Etalon {

namespace {

QString folded(const QString& text)
{
    return text.normalized(QString::NormalizationForm_C).simplified().toLower();
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
}

bool CommuneRegister::covers(const QString& province) const
{
    QString p = folded(province);
    if (p.startsWith(QStringLiteral("tỉnh ")))
        p = p.mid(5);
    return p.isEmpty() || p == folded(m_province);
}

std::optional<QString> CommuneRegister::find(const QString& text) const
{
    const QString wanted = folded(text);
    if (wanted.isEmpty())
        return std::nullopt;
    std::optional<QString> bare;
    int bareMatches = 0;
    for (const QString& name : m_names) {
        const QString f = folded(name);
        if (f == wanted)
            return name;
        if (withoutPrefix(f) == withoutPrefix(wanted) && withoutPrefix(wanted) == wanted) {
            bare = name;
            ++bareMatches;
        }
    }
    return bareMatches == 1 ? bare : std::nullopt;
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
