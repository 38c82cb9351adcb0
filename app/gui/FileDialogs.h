// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractFileIconProvider>
#include <QFileDialog>
#include <QHash>
#include <QIcon>
#include <QString>

class QWidget;

namespace Etalon {

/**
 * Shows files by their names and kinds only, never reading what is in them. Qt's own provider reads a file
 * whose type its name does not tell (an .etalon lab, its -wal and -shm) to guess the type, and on POSIX systems
 * opening and closing the open lab's file in this process drops SQLite's locks on it: another program could then
 * remove the WAL under the running client and its writes would be lost.
 */
class NameOnlyIconProvider final : public QAbstractFileIconProvider
{
public:
    NameOnlyIconProvider();
    QIcon icon(IconType type) const override;
    QIcon icon(const QFileInfo& info) const override;
    QString type(const QFileInfo& info) const override;

private:
    QHash<IconType, QIcon> m_icons;
};

/**
 * The file dialogs of the desktop client, all of which may browse the folder of the open lab. Where the system's
 * dialog runs in this process and may read files (every desktop but Windows, whose locks belong to a handle and
 * survive another handle's closing), Qt's own dialog is used with a NameOnlyIconProvider.
 */
namespace FileDialogs {

QString openFile(QWidget* parent, const QString& caption, const QString& directory, const QString& filter);
QString saveFile(QWidget* parent, const QString& caption, const QString& directory, const QString& filter);
QString existingDirectory(QWidget* parent, const QString& caption, const QString& directory = QString());

/** The dialog the functions above show, for a caller (or a test) that needs the object itself. */
QFileDialog* make(QWidget* parent, const QString& caption, const QString& directory, const QString& filter);

} // namespace FileDialogs

} // namespace Etalon
