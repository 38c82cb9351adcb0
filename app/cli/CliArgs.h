// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"

#include <QList>
#include <QPair>
#include <QSet>
#include <QStringList>

namespace Etalon::Cli {

/**
 * The command line as words: the command (one or two words), its positional arguments, and its options
 * in the order given, so repeated groups (`--value … --uncertainty …` per point) keep their order.
 * Global options (--db, --user, --json) may stand anywhere.
 */
struct Args
{
    QStringList command;
    QStringList positional;
    QList<QPair<QString, QString>> options; ///< name without dashes, value
    QSet<QString> flags;

    bool has(const QString& name) const;
    bool flag(const QString& name) const { return flags.contains(name); }
    QString value(const QString& name, const QString& fallback = QString()) const;
    QStringList values(const QString& name) const;
};

/** Splits \a arguments (without the program name). \a flagNames are options that take no value. */
Result<Args> parse(const QStringList& arguments, const QSet<QString>& flagNames, const QSet<QString>& twoWordCommands);

} // namespace Etalon::Cli
