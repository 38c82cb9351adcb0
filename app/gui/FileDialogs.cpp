// SPDX-License-Identifier: Apache-2.0
#include "app/gui/FileDialogs.h"
#include "db/store/Database.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QStyle>

namespace Etalon {

NameOnlyIconProvider::NameOnlyIconProvider()
{
    // Made once here, in the GUI thread: the dialog's model asks for icons from a thread of its own.
    const QStyle* style = QApplication::style();
    for (auto [type, pixmap] : {std::pair{Computer, QStyle::SP_ComputerIcon},
                                {Desktop, QStyle::SP_DesktopIcon},
                                {Trashcan, QStyle::SP_TrashIcon},
                                {Network, QStyle::SP_DriveNetIcon},
                                {Drive, QStyle::SP_DriveHDIcon},
                                {Folder, QStyle::SP_DirIcon},
                                {File, QStyle::SP_FileIcon}})
        m_icons.insert(type, style->standardIcon(pixmap));
}

QIcon NameOnlyIconProvider::icon(IconType type) const
{
    return m_icons.value(type);
}

QIcon NameOnlyIconProvider::icon(const QFileInfo& info) const
{
    if (info.isRoot())
        return icon(Drive);
    return icon(info.isDir() ? Folder : File);
}

QString NameOnlyIconProvider::type(const QFileInfo& info) const
{
    if (info.isRoot())
        return QCoreApplication::translate("Etalon", "Drive");
    if (info.isDir())
        return QCoreApplication::translate("Etalon", "Folder");
    const QString suffix = info.suffix();
    return suffix.isEmpty() ? QCoreApplication::translate("Etalon", "File")
                            : QCoreApplication::translate("Etalon", "%1 file").arg(suffix.toUpper());
}

namespace FileDialogs {

namespace {

NameOnlyIconProvider& iconProvider()
{
    static NameOnlyIconProvider provider;
    return provider;
}

QString chosen(QFileDialog* dialog)
{
    QString out;
    while (out.isEmpty() && dialog->exec() == QDialog::Accepted) {
        out = dialog->selectedFiles().value(0);
        // The open lab's files are SQLite's alone: reading one drops the locks, writing one destroys the lab.
        if (auto refused = Database::refuseOpenLabFile(out, QStringLiteral("file")); !refused) {
            QMessageBox::warning(dialog, dialog->windowTitle(), refused.error().message);
            out.clear();
        }
    }
    delete dialog;
    return out;
}

} // namespace

QFileDialog* make(QWidget* parent, const QString& caption, const QString& directory, const QString& filter)
{
    auto* dialog = new QFileDialog(parent, caption, directory, filter);
#ifndef Q_OS_WIN
    dialog->setOption(QFileDialog::DontUseNativeDialog, true);
    dialog->setIconProvider(&iconProvider());
#endif
    return dialog;
}

QString openFile(QWidget* parent, const QString& caption, const QString& directory, const QString& filter)
{
    QFileDialog* dialog = make(parent, caption, directory, filter);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    return chosen(dialog);
}

QString saveFile(QWidget* parent, const QString& caption, const QString& directory, const QString& filter)
{
    QFileDialog* dialog = make(parent, caption, directory, filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    return chosen(dialog);
}

QString existingDirectory(QWidget* parent, const QString& caption, const QString& directory)
{
    QFileDialog* dialog = make(parent, caption, directory, QString());
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly, true);
    return chosen(dialog);
}

} // namespace FileDialogs

} // namespace Etalon
