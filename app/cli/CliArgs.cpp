// SPDX-License-Identifier: Apache-2.0
#include "app/cli/CliArgs.h"

#include <QCoreApplication>

namespace Etalon::Cli {

bool Args::has(const QString& name) const
{
    for (const auto& [n, v] : options) {
        if (n == name)
            return true;
    }
    return flags.contains(name);
}

QString Args::value(const QString& name, const QString& fallback) const
{
    for (auto it = options.crbegin(); it != options.crend(); ++it) {
        if (it->first == name)
            return it->second;
    }
    return fallback;
}

QStringList Args::values(const QString& name) const
{
    QStringList out;
    for (const auto& [n, v] : options) {
        if (n == name)
            out.append(v);
    }
    return out;
}

Result<Args> parse(const QStringList& arguments, const QSet<QString>& flagNames, const QSet<QString>& twoWordCommands)
{
    Args args;
    QStringList words;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (!a.startsWith(QStringLiteral("--")) || a == QStringLiteral("--")) {
            words.append(a);
            continue;
        }
        QString name = a.mid(2);
        const int eq = name.indexOf(u'=');
        if (eq > 0) {
            args.options.append({name.left(eq), name.mid(eq + 1)});
            continue;
        }
        if (flagNames.contains(name)) {
            args.flags.insert(name);
            continue;
        }
        if (i + 1 >= arguments.size())
            return fail(Error::badInput(name, QCoreApplication::translate("Etalon", "--%1 needs a value").arg(name),
                                        QStringLiteral("missing_value")));
        args.options.append({name, arguments[++i]});
    }
    if (!words.isEmpty()) {
        args.command.append(words.takeFirst());
        if (!words.isEmpty() && twoWordCommands.contains(args.command.first() + u' ' + words.first()))
            args.command.append(words.takeFirst());
    }
    args.positional = words;
    return args;
}

} // namespace Etalon::Cli
