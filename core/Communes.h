// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"

#include <QHash>
#include <QStringList>

namespace Etalon {

/**
 * The communes and wards of the lab's province (two-level local government since 1 July 2025), by their
 * registered names ("Xã Tân Trào", "Phường Minh Xuân"). Reports count by these names, so an organisation
 * of the province names its commune from this list, never as free text.
 */
class CommuneRegister final
{
public:
    CommuneRegister(QString province, QStringList names);

    const QString& province() const { return m_province; }
    const QStringList& names() const { return m_names; }

    /** Whether an organisation of \a province is of the lab's province (an empty province is taken as it). */
    bool covers(const QString& province) const;

    /**
     * The registered name \a text means: case, spacing, Unicode composition and a missing "Xã"/"Phường"
     * prefix do not matter when the rest names one commune only.
     */
    std::optional<QString> find(const QString& text) const;

    /** \a text as registered, or a bad-input error on \a field that says how to name the commune. */
    Result<QString> canonical(const QString& text, const QString& field) const;

private:
    QString m_province;
    QStringList m_names;
    // Looked up by folded name, and by folded name without its prefix (a bare name two communes share is absent),
    // so a report can place a million records without comparing names one by one.
    QHash<QString, QString> m_byName;
    QHash<QString, QString> m_byBareName;
};

} // namespace Etalon
