// SPDX-License-Identifier: Apache-2.0
#include "db/store/ChangeWatcher.h"

#include "db/store/Database.h"

#include <QSqlDriver>

namespace Etalon {

namespace {

constexpr int PollMs = 1000; ///< a lab file's change shows within a second
constexpr int SettleMs = 200;

} // namespace

QString ChangeWatcher::channel()
{
    return QStringLiteral("etalon_changes");
}

ChangeWatcher::ChangeWatcher(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleMs);
    connect(&m_settle, &QTimer::timeout, this, &ChangeWatcher::changed);
    if (m_db.isServer()) {
        QSqlDriver* driver = m_db.connection().driver();
        m_subscribed = driver->subscribeToNotification(channel());
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant&) {
                    if (name == channel() && source == QSqlDriver::OtherSource)
                        m_settle.start();
                });
        if (m_subscribed)
            return;
    }
    // A lab file, or a server that would not take the subscription: asked again every second.
    m_version = m_db.scalar(QStringLiteral("PRAGMA data_version")).value_or(QVariant());
    m_poll.setInterval(PollMs);
    connect(&m_poll, &QTimer::timeout, this, &ChangeWatcher::poll);
    if (!m_db.isServer())
        m_poll.start();
}

ChangeWatcher::~ChangeWatcher()
{
    if (m_subscribed && m_db.isOpen())
        m_db.connection().driver()->unsubscribeFromNotification(channel());
}

void ChangeWatcher::poll()
{
    if (!m_db.isOpen())
        return;
    const QVariant version = m_db.scalar(QStringLiteral("PRAGMA data_version")).value_or(QVariant());
    if (version.isValid() && version != m_version) {
        m_version = version;
        m_settle.start();
    }
}

} // namespace Etalon
