// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "db/lab/Lab.h"
#include "db/store/Database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>
#include <optional>

namespace Etalon {

/** Told the work done and its total; returns false once the user cancelled. */
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

/**
 * Runs \a work off the GUI thread, on its own connection to the lab at \a path (SQLite connections
 * belong to one thread), behind a progress dialog whose Cancel the work sees through its callback.
 * The work's use case decides what a cancel leaves: the import and export store nothing half-done.
 */
template <typename T>
Result<T> runInBackground(QWidget* parent, const QString& path, const QString& title,
                          std::function<Result<T>(Lab& lab, const ProgressCallback& progress)> work)
{
    std::atomic<bool> cancelled{false};
    std::atomic<qint64> done{0}, total{0};
    std::optional<Result<T>> result;
    QThread* thread = QThread::create([&] {
        Database db;
        if (auto opened = db.open(path, false); !opened) {
            result = Result<T>(fail(opened.error()));
            return;
        }
        Lab lab(db);
        result = work(lab, [&](qint64 d, qint64 t) {
            done = d;
            total = t;
            return !cancelled.load();
        });
    });
    QProgressDialog dialog(title, QCoreApplication::translate("Etalon", "Cancel"), 0, 0, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    QObject::connect(&dialog, &QProgressDialog::canceled, [&] { cancelled = true; });
    QEventLoop loop;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        if (total > 0) {
            dialog.setMaximum(int(std::min<qint64>(total, 1'000'000'000)));
            dialog.setValue(int(std::min<qint64>(done, total)));
        }
    });
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    tick.start(50);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    return std::move(*result);
}

} // namespace Etalon
