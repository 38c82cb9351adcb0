// SPDX-License-Identifier: Apache-2.0
#include "app/gui/DemoLab.h"

#include "db/Database.h"
#include "db/DemoGenerator.h"
#include "db/UserService.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Etalon::DemoLab {

Status ensure(const QString& path, int instruments, int records)
{
    if (QFileInfo::exists(path))
        return {};
    Database db;
    ETALON_TRY(db.open(path, true));
    Lab lab(db);
    UserService users(lab);
    const QString password = QString::fromLatin1(Password);
    auto admin = users.initialise(QCoreApplication::translate("Etalon",
                                                              "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng "
                                                              "Tuyên Quang (DEMO)"),
                                  QStringLiteral("admin"), password);
    if (!admin)
        return fail(admin.error());
    for (const auto& [name, role, full] :
         {std::tuple{QStringLiteral("manager"), Role::Manager, QStringLiteral("Nguyễn Thị Lan")},
          std::tuple{QStringLiteral("technician"), Role::Technician, QStringLiteral("Trần Văn Minh")},
          std::tuple{QStringLiteral("auditor"), Role::Auditor, QStringLiteral("Lê Hoàng Anh")}}) {
        auto added = users.addUser(*admin, name, role, full, password);
        if (!added)
            return fail(added.error());
    }
    for (const QString& field :
         {QStringLiteral("mass"), QStringLiteral("flow"), QStringLiteral("pressure"), QStringLiteral("electricity"),
          QStringLiteral("taximeter"), QStringLiteral("temperature")}) {
        for (const QString& who : {QStringLiteral("technician"), QStringLiteral("manager")}) {
            auto card = users.authorize(*admin, who, field, QStringLiteral("KĐV-DEMO-%1").arg(field.toUpper()),
                                        lab.today().addYears(3));
            if (!card)
                return fail(card.error());
        }
    }
    DemoOptions options;
    options.instruments = instruments;
    options.records = records;
    auto generated = DemoGenerator(lab).generate(*admin, options);
    if (!generated)
        return fail(generated.error());
    return {};
}

} // namespace Etalon::DemoLab
