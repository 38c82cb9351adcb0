// SPDX-License-Identifier: Apache-2.0
#include "app/gui/PdfPrinting.h"

#include "core/Tr.h"

#include <QDir>
#include <QPainter>
#include <QPdfDocument>
#include <QPrintDialog>
#include <QPrinter>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace Etalon {

namespace {

Status writeFile(const QByteArray& pdf, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return fail(
            Error::internal(Tr::tr("could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                            QStringLiteral("print_failed")));
    return {};
}

// A print server that takes PDF as it is: CUPS, on Linux and macOS.
Status sendToServer(const QByteArray& pdf, QPrinter& printer, const QString& lp)
{
    QTemporaryFile file(QDir::temp().filePath(QStringLiteral("etalon-print-XXXXXX.pdf")));
    if (!file.open() || file.write(pdf) != pdf.size() || !file.flush())
        return fail(Error::internal(Tr::tr("could not write the file to print: %1").arg(file.errorString()),
                                    QStringLiteral("print_failed")));
    QStringList args{QStringLiteral("-d"), printer.printerName(),
                     QStringLiteral("-n"), QString::number(std::max(1, printer.copyCount())),
                     QStringLiteral("-t"), printer.docName()};
    if (printer.duplex() != QPrinter::DuplexNone)
        args << QStringLiteral("-o") << QStringLiteral("sides=two-sided-long-edge");
    args << file.fileName();
    QProcess lpr;
    lpr.start(lp, args);
    if (!lpr.waitForFinished(60000) || lpr.exitStatus() != QProcess::NormalExit || lpr.exitCode() != 0)
        return fail(Error::internal(Tr::tr("the print server refused the certificate: %1")
                                        .arg(QString::fromLocal8Bit(lpr.readAllStandardError()).trimmed()),
                                    QStringLiteral("print_failed")));
    return {};
}

void drawPages(QPdfDocument* document, QPrinter& printer)
{
    QPainter painter(&printer);
    for (int page = 0; page < document->pageCount(); ++page) {
        if (page > 0)
            printer.newPage();
        const QRect target = painter.viewport();
        const QSizeF points = document->pagePointSize(page);
        const QSize pixels = (points * printer.resolution() / 72.0).toSize();
        const QImage image = document->render(page, pixels);
        painter.drawImage(QRect(target.topLeft(), pixels.scaled(target.size(), Qt::KeepAspectRatio)), image);
    }
}

} // namespace

Status sendPdf(const QByteArray& pdf, QPdfDocument* document, QPrinter& printer)
{
    if (pdf.isEmpty())
        return fail(Error::badInput(QStringLiteral("certificate"), Tr::tr("no certificate is shown to print")));
    if (printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty())
        return writeFile(pdf, printer.outputFileName());
    if (const QString lp = QStandardPaths::findExecutable(QStringLiteral("lp")); !lp.isEmpty())
        return sendToServer(pdf, printer, lp);
    if (!document || document->pageCount() == 0)
        return fail(Error::badInput(QStringLiteral("certificate"), Tr::tr("no certificate is shown to print")));
    drawPages(document, printer);
    return {};
}

QString printPdf(const QByteArray& pdf, QPdfDocument* document, const QString& name, QWidget* parent)
{
    if (pdf.isEmpty())
        return {};
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(name);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const Status sent = sendPdf(pdf, document, printer);
    return sent ? Tr::tr("%1 sent to %2")
                      .arg(name,
                           printer.outputFileName().isEmpty() ? printer.printerName()
                                                              : QDir::toNativeSeparators(printer.outputFileName()))
                : sent.error().message;
}

} // namespace Etalon
