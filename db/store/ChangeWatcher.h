// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QTimer>
#include <QVariant>

namespace Etalon {

class Database;

/**
 * Tells when another desk changed the lab, so that what a screen shows follows without a restart: on a server
 * through LISTEN/NOTIFY (every write transaction notifies the lab's channel as it commits), on a lab file by
 * watching SQLite's data_version, which moves when another connection commits.
 */
class ChangeWatcher final : public QObject
{
    Q_OBJECT

public:
    /** The channel a server lab's writes notify. */
    static QString channel();

    explicit ChangeWatcher(Database& db, QObject* parent = nullptr);
    ~ChangeWatcher() override;

signals:
    /** Another connection committed a change; several close together are told once. */
    void changed();

private:
    void poll();

    Database& m_db;
    QTimer m_poll;
    QTimer m_settle; ///< several changes close together make one signal
    QVariant m_version;
    bool m_subscribed = false;
};

} // namespace Etalon
