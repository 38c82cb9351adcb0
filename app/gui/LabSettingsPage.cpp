// SPDX-License-Identifier: Apache-2.0
#include "app/gui/LabSettingsPage.h"

#include "app/gui/FieldForm.h"
#include "app/gui/FileDialogs.h"
#include "app/gui/LabSession.h"
#include "db/lab/SettingsService.h"
#include "db/lab/UserService.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Etalon {

namespace {

/** The settings the page shows, in the order a certificate reads them. */
QList<std::pair<QString, QString>> textSettings()
{
    return {{QStringLiteral("lab_name"), LabSettingsPage::tr("Lab &name:")},
            {QStringLiteral("governing_body"), LabSettingsPage::tr("&Governing body:")},
            {QStringLiteral("lab_address"), LabSettingsPage::tr("&Address:")},
            {QStringLiteral("designation_number"), LabSettingsPage::tr("&Designation number:")},
            {QStringLiteral("place_of_issue"), LabSettingsPage::tr("&Place of issue:")},
            {QStringLiteral("lab_email"), LabSettingsPage::tr("&Email:")},
            {QStringLiteral("certificate_pattern"), LabSettingsPage::tr("&Certificate number pattern:")}};
}

constexpr qint64 maxLogoFile = 8 * 1024 * 1024; // as etalon-cli settings set-logo reads it

} // namespace

LabSettingsPage::LabSettingsPage(LabSession& lab, QWidget* parent)
    : QWidget(parent)
    , m_lab(lab)
{
    setObjectName(QStringLiteral("labSettingsPage"));
    auto* inner = new QWidget;
    auto* column = new QVBoxLayout(inner);

    auto* details = new QGroupBox(tr("What certificates print"), inner);
    auto* detailsLayout = new QVBoxLayout(details);
    m_form = new FieldForm(details);
    for (const auto& [key, label] : textSettings()) {
        auto* edit = new QLineEdit;
        m_edits.insert(key, edit);
        m_form->addField(key, label, edit);
    }
    m_edits.value(QStringLiteral("governing_body"))
        ->setPlaceholderText(tr("e.g. SỞ KHOA HỌC VÀ CÔNG NGHỆ TUYÊN QUANG"));
    m_edits.value(QStringLiteral("designation_number"))->setPlaceholderText(tr("e.g. 123/QĐ-TĐC"));
    m_edits.value(QStringLiteral("certificate_pattern"))
        ->setPlaceholderText(tr("{seq:04}-{yy} or {year}/{seq:05}: {seq} is required"));
    auto* logoCell = new QWidget;
    auto* logoRow = new QHBoxLayout(logoCell);
    logoRow->setContentsMargins(0, 0, 0, 0);
    m_logo = new QLabel(logoCell);
    m_logo->setObjectName(QStringLiteral("logoPreviewLabel"));
    m_logo->setMinimumSize(64, 64);
    auto* chooseLogo = new QPushButton(tr("C&hoose a PNG…"), logoCell);
    chooseLogo->setObjectName(QStringLiteral("chooseLogoButton"));
    connect(chooseLogo, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::openFile(this, tr("The lab's logo"), QString(), tr("PNG images (*.png)"));
        if (!path.isEmpty())
            setLogo(path);
    });
    logoRow->addWidget(m_logo);
    logoRow->addWidget(chooseLogo);
    logoRow->addStretch(1);
    m_form->addField(QStringLiteral("logo"), tr("&Logo:"), logoCell);
    auto* save = new QPushButton(tr("&Save the lab's details"), details);
    save->setObjectName(QStringLiteral("saveSettingsButton"));
    connect(save, &QPushButton::clicked, this, [this] { this->save(); });
    detailsLayout->addWidget(m_form);
    detailsLayout->addWidget(save, 0, Qt::AlignLeft);
    column->addWidget(details);

    auto* signing = new QGroupBox(tr("Signatories"), inner);
    auto* signingLayout = new QVBoxLayout(signing);
    auto* hint = new QLabel(tr("The managers who approve and issue sign certificates under their own title; one who "
                               "signs on the head's behalf names the head's title (printed as \"KT. GIÁM ĐỐC\")."),
                            signing);
    hint->setWordWrap(true);
    signingLayout->addWidget(hint);
    m_signatories = new QTableWidget(0, 3, signing);
    m_signatories->setObjectName(QStringLiteral("signatoriesTable"));
    m_signatories->setHorizontalHeaderLabels({tr("Manager"), tr("Title"), tr("Signs for")});
    m_signatories->horizontalHeader()->setStretchLastSection(true);
    m_signatories->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_signatories->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_signatories->setMaximumHeight(160);
    signingLayout->addWidget(m_signatories);
    m_signatoryForm = new FieldForm(signing);
    m_signatory = new QComboBox;
    m_title = new QLineEdit;
    m_title->setPlaceholderText(tr("e.g. PHÓ GIÁM ĐỐC"));
    m_signsFor = new QLineEdit;
    m_signsFor->setPlaceholderText(tr("empty when they are the head; e.g. GIÁM ĐỐC"));
    m_signatoryForm->addField(QStringLiteral("name"), tr("&Manager:"), m_signatory);
    m_signatoryForm->addField(QStringLiteral("title"), tr("&Title:"), m_title);
    m_signatoryForm->addField(QStringLiteral("signs-for"), tr("Signs &for:"), m_signsFor);
    signingLayout->addWidget(m_signatoryForm);
    auto* saveSignatory = new QPushButton(tr("Sa&ve the signatory"), signing);
    saveSignatory->setObjectName(QStringLiteral("saveSignatoryButton"));
    connect(saveSignatory, &QPushButton::clicked, this, [this] { this->saveSignatory(); });
    signingLayout->addWidget(saveSignatory, 0, Qt::AlignLeft);
    connect(m_signatory, &QComboBox::currentIndexChanged, this, &LabSettingsPage::showSignatory);
    connect(m_signatories, &QTableWidget::cellClicked, this,
            [this](int row, int) { m_signatory->setCurrentIndex(row); });
    column->addWidget(signing);
    column->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(inner);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("settingsStatusLabel"));
    m_status->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_status);
    reload();
}

void LabSettingsPage::reload()
{
    auto stored = SettingsService(m_lab.lab()).all();
    if (!stored) {
        showStatus(stored.error().message, true);
        return;
    }
    m_stored.clear();
    for (auto it = stored->cbegin(); it != stored->cend(); ++it)
        m_stored.insert(it.key(), it.value());
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
        it.value()->setText(m_stored.value(it.key()));
    QPixmap logo;
    if (logo.loadFromData(QByteArray::fromBase64(m_stored.value(QStringLiteral("logo")).toLatin1()), "PNG"))
        m_logo->setPixmap(logo.scaled(64, 64, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    else
        m_logo->setText(tr("no logo"));
    reloadSignatories();
}

void LabSettingsPage::reloadSignatories()
{
    const QString chosen = m_signatory->currentData().toString();
    m_managers.clear();
    if (auto users = UserService(m_lab.lab()).users())
        for (const Person& p : *users)
            if (p.role == Role::Manager && p.active)
                m_managers.append(p);
    {
        const QSignalBlocker block(m_signatory);
        m_signatory->clear();
        m_signatories->setRowCount(int(m_managers.size()));
        for (int r = 0; r < m_managers.size(); ++r) {
            const Person& p = m_managers[r];
            m_signatory->addItem(QStringLiteral("%1 (%2)").arg(p.fullName, p.name), p.name);
            const QStringList cells{p.fullName, p.title, p.signsFor};
            for (int c = 0; c < cells.size(); ++c)
                m_signatories->setItem(r, c, new QTableWidgetItem(cells[c]));
        }
        m_signatory->setCurrentIndex(qMax(0, m_signatory->findData(chosen)));
    }
    showSignatory();
}

void LabSettingsPage::showSignatory()
{
    const int i = m_signatory->currentIndex();
    m_title->setText(i >= 0 && i < m_managers.size() ? m_managers[i].title : QString());
    m_signsFor->setText(i >= 0 && i < m_managers.size() ? m_managers[i].signsFor : QString());
}

QString LabSettingsPage::save()
{
    m_form->clearErrors();
    QList<std::pair<QString, QString>> changed;
    QStringList saved;
    for (const auto& [key, label] : textSettings()) {
        const QString typed = m_edits.value(key)->text().trimmed();
        if (typed == m_stored.value(key).trimmed())
            continue;
        changed.append({key, typed});
        saved.append(QString(label).remove(u'&').remove(u':'));
    }
    // All the page's changes or none: what was refused stays typed, to be corrected.
    if (auto set = SettingsService(m_lab.lab()).setAll(m_lab.session(), changed); !set) {
        m_form->showError(set.error());
        showStatus(tr("Nothing was saved: %1").arg(set.error().message), true);
        return set.error().message;
    }
    for (const auto& [key, value] : changed)
        m_stored.insert(key, value);
    showStatus(saved.isEmpty() ? tr("Nothing was changed") : tr("Saved: %1").arg(saved.join(QStringLiteral(", "))));
    return {};
}

QString LabSettingsPage::setLogo(const QString& path)
{
    m_form->clearErrors();
    const QFileInfo info(path);
    QFile file(path);
    QString error;
    if (!info.isFile())
        error = tr("%1 is not a file").arg(path);
    else if (info.size() > maxLogoFile)
        error = tr("the logo is a PNG image of at most 512 KiB");
    else if (!file.open(QIODevice::ReadOnly))
        error = file.errorString();
    if (!error.isEmpty()) {
        m_form->showError(Error::badInput(QStringLiteral("logo"), error));
        showStatus(error, true);
        return error;
    }
    const QByteArray png = file.read(maxLogoFile);
    auto set =
        SettingsService(m_lab.lab()).set(m_lab.session(), QStringLiteral("logo"), QString::fromLatin1(png.toBase64()));
    if (!set) {
        m_form->showError(set.error());
        showStatus(set.error().message, true);
        return set.error().message;
    }
    // Only the logo is read again: settings typed and not yet saved stay as typed.
    QPixmap logo;
    if (logo.loadFromData(png, "PNG"))
        m_logo->setPixmap(logo.scaled(64, 64, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    m_stored.insert(QStringLiteral("logo"), QString::fromLatin1(png.toBase64()));
    showStatus(tr("The lab's logo is now %1").arg(info.fileName()));
    return {};
}

QString LabSettingsPage::saveSignatory()
{
    m_signatoryForm->clearErrors();
    const QString name = m_signatory->currentData().toString();
    auto person = UserService(m_lab.lab()).setTitle(m_lab.session(), name, m_title->text(), m_signsFor->text());
    if (!person) {
        m_signatoryForm->showError(person.error());
        showStatus(person.error().message, true);
        return person.error().message;
    }
    reloadSignatories();
    showStatus(person->title.isEmpty()
                   ? tr("%1 signs with the lab's title").arg(person->fullName)
                   : tr("%1 signs as: %2").arg(person->fullName, person->signatoryTitle().replace(u'\n', u' ')));
    return {};
}

void LabSettingsPage::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color:#b02a37") : QString());
    if (!error)
        emit statusMessage(text);
}

} // namespace Etalon
