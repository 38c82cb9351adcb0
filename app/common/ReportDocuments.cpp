// SPDX-License-Identifier: Apache-2.0
#include "app/common/ReportDocuments.h"

#include "app/common/I18n.h"
#include "reports/ActivityReport.h"
#include "reports/AnnualReport.h"

namespace Etalon {

namespace {

/** The report's language installed while it renders, the one before put back however it ends. */
class LanguageScope
{
public:
    explicit LanguageScope(const QString& language)
        : m_previous(I18n::current())
    {
        I18n::install(language, language);
    }
    ~LanguageScope() { I18n::install(m_previous, m_previous); }
    LanguageScope(const LanguageScope&) = delete;
    LanguageScope& operator=(const LanguageScope&) = delete;

private:
    QString m_previous;
};

} // namespace

Result<ReportDocument> annualReport(const AnnualFigures& figures, const AdministrativeForm& form,
                                    const QString& language, const QDateTime& generatedAt)
{
    const LanguageScope scope(language);
    AnnualReport::Options options;
    options.generatedAt = generatedAt;
    options.form = form;
    options.english = language == QStringLiteral("en");
    auto pdf = AnnualReport::render(figures, options);
    if (!pdf)
        return fail(pdf.error());
    return ReportDocument{*pdf, AnnualReport::csvRows(figures)};
}

Result<ReportDocument> activityReport(const ActivityFigures& figures, const AdministrativeForm& form,
                                      const QString& language, const QDateTime& generatedAt)
{
    const LanguageScope scope(language);
    ActivityReport::Options options;
    options.generatedAt = generatedAt;
    options.form = form;
    options.english = language == QStringLiteral("en");
    auto pdf = ActivityReport::render(figures, options);
    if (!pdf)
        return fail(pdf.error());
    return ReportDocument{*pdf, ActivityReport::csvRows(figures, options.english)};
}

} // namespace Etalon
