// SPDX-License-Identifier: Apache-2.0
// etalon-cli: every use case of the lab, scriptable, with --json for machines and exit codes that mean
// something (0 ok, 2 bad input, 3 refused by a rule, 4 authentication or permission, 5 not found, 1 other).
#include "app/cli/Commands.h"
#include "app/common/I18n.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace Etalon;
using namespace Etalon::Cli;

namespace {

int exitCode(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::BadInput:
        return 2;
    case ErrorKind::Refused:
        return 3;
    case ErrorKind::Permission:
        return 4;
    case ErrorKind::NotFound:
        return 5;
    case ErrorKind::Internal:
        return 1;
    }
    return 1;
}

void write(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    if (!text.endsWith(u'\n'))
        std::fputc('\n', stream);
}

// The first word that is neither an option nor a global option's value.
QString commandWord(const QStringList& arguments)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a == QStringLiteral("--db") || a == QStringLiteral("--user") || a == QStringLiteral("--lang"))
            ++i;
        else if (!a.startsWith(QStringLiteral("--")))
            return a;
    }
    return {};
}

QList<CommandSpec> allCommands()
{
    return labCommands() + registryCommands() + recordCommands() + metrologyCommands() + certificateCommands() +
        trustCommands() + dataCommands() + programmeCommands() + reportCommands();
}

QString usage()
{
    QString text = QCoreApplication::translate(
        "Etalon",
        "Usage: etalon-cli [--db FILE] [--user NAME] [--json] [--lang vi|en] COMMAND ...\n\n"
        "Commands:\n");
    for (const CommandSpec& c : allCommands())
        text += QStringLiteral("  ") + QString::fromUtf8(c.usage) + u'\n';
    text += QCoreApplication::translate("Etalon",
                                        "\nThe password comes from $ETALON_PASSWORD (or a prompt); the user from "
                                        "--user or $ETALON_USER.\nExit codes: 0 success, 2 bad input, 3 refused "
                                        "by a rule, 4 authentication or permission, 5 not found, 1 other.\n");
    return text;
}

// The options a command takes: those its usage names, and the global ones.
QStringList optionsOf(const CommandSpec& spec)
{
    QStringList names{QStringLiteral("db"), QStringLiteral("user"), QStringLiteral("json"), QStringLiteral("lang"),
                      QStringLiteral("help")};
    static const QRegularExpression option(QStringLiteral("--([a-z][a-z0-9-]*)"));
    for (auto it = option.globalMatch(QString::fromUtf8(spec.usage)); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

int editDistance(const QString& a, const QString& b)
{
    QList<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// A misspelt option must never be ignored: `--languge en` once issued an irreversible Vietnamese certificate.
Status checkOptions(const Args& args, const CommandSpec& spec)
{
    const QStringList known = optionsOf(spec);
    QStringList given;
    for (const auto& [name, value] : args.options)
        given.append(name);
    given += QStringList(args.flags.cbegin(), args.flags.cend());
    for (const QString& name : std::as_const(given)) {
        if (known.contains(name))
            continue;
        QString nearest;
        int best = 3; // a suggestion only for a near miss
        for (const QString& k : known) {
            if (const int d = editDistance(name, k); d < best) {
                best = d;
                nearest = k;
            }
        }
        const QString command = QString::fromUtf8(spec.name);
        return fail(Error::badInput(
            name,
            nearest.isEmpty()
                ? QCoreApplication::translate("Etalon", "unknown option --%1 for “%2”; see `etalon-cli %2 --help`")
                      .arg(name, command)
                : QCoreApplication::translate("Etalon", "unknown option --%1 for “%2”; did you mean --%3?")
                      .arg(name, command, nearest),
            QStringLiteral("unknown_option")));
    }
    return {};
}

int report(const Error& e, bool json, const Args* args = nullptr)
{
    // In words too, the error names the option at fault, as the JSON's field does.
    const bool namesOption =
        args && !e.field.isEmpty() && args->has(e.field) && e.code != QStringLiteral("unknown_option");
    write(stderr,
          QStringLiteral("etalon-cli: ") + (namesOption ? QStringLiteral("--%1: ").arg(e.field) : QString()) +
              e.message);
    if (json) {
        const QJsonObject error{{QStringLiteral("code"), e.code},
                                {QStringLiteral("field"), e.field.isEmpty() ? QJsonValue() : QJsonValue(e.field)},
                                {QStringLiteral("message"), e.message}};
        write(stdout,
              QString::fromUtf8(
                  QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Indented)));
    }
    return exitCode(e.kind);
}

Result<Output> run(Context& ctx, const CommandSpec& spec)
{
    switch (spec.access) {
    case Access::None:
        break;
    case Access::Create:
        ETALON_TRY(ctx.openDatabase(true));
        break;
    case Access::Catalog:
        ETALON_TRY(ctx.openDatabase(false));
        break;
    case Access::SignedIn:
        ETALON_TRY(ctx.openDatabase(false));
        ETALON_TRY(ctx.signIn());
        break;
    }
    try {
        auto output = spec.handler(ctx);
        if (!output && spec.access == Access::Create)
            ctx.discardCreatedDatabase();
        return output;
    } catch (const std::exception& e) {
        // Nothing below throws by design; a library that does must not crash a scripted batch.
        return fail(Error::internal(QString::fromLocal8Bit(e.what())));
    }
}

} // namespace

int main(int argc, char* argv[])
{
    // Certificates and reports are painted with fonts, which need a GUI application; no display is used (offscreen).
    bool paints = false;
    for (int i = 1; i < argc; ++i)
        paints = paints || std::strcmp(argv[i], "certificate") == 0 || std::strcmp(argv[i], "--pdf") == 0 ||
            std::strcmp(argv[i], "report") == 0;
    if (paints && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app =
        paints ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Etalon"));
    QCoreApplication::setOrganizationName(QStringLiteral("Etalon"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ETALON_VERSION));
    QStringList arguments = QCoreApplication::arguments().mid(1);
    // --lang is read first, so even errors in the command line itself speak the chosen language.
    QString language;
    if (const int i = int(arguments.indexOf(QStringLiteral("--lang"))); i >= 0 && i + 1 < arguments.size()) {
        language = arguments[i + 1];
        arguments.remove(i, 2);
    }
    I18n::install(language, QStringLiteral("en"));
    QSet<QString> twoWord;
    for (const CommandSpec& c : allCommands()) {
        const QString name = QString::fromUtf8(c.name);
        if (name.contains(u' '))
            twoWord.insert(name);
    }
    QSet<QString> flags{QStringLiteral("json"),    QStringLiteral("pass"),         QStringLiteral("fail"),
                        QStringLiteral("help"),    QStringLiteral("conformity"),   QStringLiteral("marked"),
                        QStringLiteral("unused"),  QStringLiteral("mark-suspect"), QStringLiteral("only-valid"),
                        QStringLiteral("dry-run"), QStringLiteral("clear"),        QStringLiteral("demo"),
                        QStringLiteral("force"),   QStringLiteral("other-lab")};
    // `due --instruments` is a switch, `demo --instruments N` takes a number.
    if (commandWord(arguments) == QStringLiteral("due"))
        flags.unite({QStringLiteral("standards"), QStringLiteral("instruments")});
    auto args = parse(arguments, flags, twoWord);
    const bool json = arguments.contains(QStringLiteral("--json"));
    if (!args)
        return report(args.error(), json);
    const bool commandHelp = args->flag(QStringLiteral("help")) && !args->command.isEmpty() &&
        args->command.first() != QStringLiteral("help");
    if (args->command.isEmpty() || args->command.first() == QStringLiteral("help") ||
        (args->flag(QStringLiteral("help")) && !commandHelp)) {
        write(stdout, usage());
        return args->command.isEmpty() && !args->flag(QStringLiteral("help")) ? 2 : 0;
    }
    const QString name = args->command.join(u' ');
    for (const CommandSpec& spec : allCommands()) {
        if (name != QString::fromUtf8(spec.name))
            continue;
        if (args->flag(QStringLiteral("help"))) {
            write(stdout,
                  QCoreApplication::translate("Etalon",
                                              "Usage: etalon-cli [--db FILE] [--user NAME] [--json] "
                                              "[--lang vi|en] %1")
                      .arg(QString::fromUtf8(spec.usage)));
            return 0;
        }
        if (auto known = checkOptions(*args, spec); !known)
            return report(known.error(), json, &*args);
        Context ctx(*args);
        auto out = run(ctx, spec);
        if (!out)
            return report(out.error(), json, &*args);
        if (json) {
            QJsonObject document = out->json.toObject();
            if (out->error)
                document.insert(QStringLiteral("error"),
                                QJsonObject{{QStringLiteral("code"), out->error->code},
                                            {QStringLiteral("field"), out->error->field},
                                            {QStringLiteral("message"), out->error->message}});
            write(stdout, QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented)));
        } else {
            write(stdout, out->text);
        }
        if (out->error) {
            write(stderr, QStringLiteral("etalon-cli: ") + out->error->message);
            return exitCode(out->error->kind);
        }
        return 0;
    }
    return report(
        Error::badInput(QStringLiteral("command"),
                        QCoreApplication::translate("Etalon", "unknown command “%1”; see `etalon-cli help`").arg(name),
                        QStringLiteral("unknown_command")),
        json);
}
