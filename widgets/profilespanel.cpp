#include "profilespanel.h"

#include "connection/profilestore.h"
#include "profileeditordialog.h"
#include "profiletreemodel.h"
#include "windowtitle.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace moctl {

ProfilesPanel::ProfilesPanel(
    ProfileStore *store, SecretStore *keychain, MemorySecretStore *session, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_keychain(keychain)
    , m_session(session)
{
    setObjectName(u"ProfilesPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(u"profilesToolBar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_connect = toolbar->addAction(tr("Connect"), this, &ProfilesPanel::connectProfile);
    m_connect->setObjectName(u"actionConnectProfile"_s);
    m_disconnect = toolbar->addAction(tr("Disconnect"), this, &ProfilesPanel::disconnectProfile);
    m_disconnect->setObjectName(u"actionDisconnectProfile"_s);
    m_disconnect->setToolTip(
        tr("Close the session and forget its password (the keychain keeps a saved one)"));
    m_new = toolbar->addAction(tr("New"), this, &ProfilesPanel::newProfile);
    m_new->setObjectName(u"actionNewProfile"_s);
    m_edit = toolbar->addAction(tr("Edit"), this, &ProfilesPanel::editProfile);
    m_edit->setObjectName(u"actionEditProfile"_s);
    m_duplicate = new QAction(tr("Duplicate"), this);
    m_duplicate->setObjectName(u"actionDuplicateProfile"_s);
    connect(m_duplicate, &QAction::triggered, this, &ProfilesPanel::duplicateProfile);
    m_delete = new QAction(tr("Delete…"), this);
    m_delete->setObjectName(u"actionDeleteProfile"_s);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_delete, &QAction::triggered, this, &ProfilesPanel::deleteProfile);
    m_moveGroup = new QAction(tr("Move to Group…"), this);
    connect(m_moveGroup, &QAction::triggered, this, &ProfilesPanel::moveSelectedToGroup);
    m_import = new QAction(tr("Import…"), this);
    m_import->setObjectName(u"actionImportProfiles"_s);
    connect(m_import, &QAction::triggered, this, &ProfilesPanel::importProfiles);
    m_export = new QAction(tr("Export…"), this);
    m_export->setObjectName(u"actionExportProfiles"_s);
    connect(m_export, &QAction::triggered, this, &ProfilesPanel::exportProfiles);
    auto *more = new QMenu(this);
    more->addAction(m_duplicate);
    more->addAction(m_delete);
    more->addAction(m_moveGroup);
    more->addSeparator();
    more->addAction(m_import);
    more->addAction(m_export);
    QAction *moreAction = toolbar->addAction(tr("More"));
    moreAction->setMenu(more);
    addAction(m_delete);
    layout->addWidget(toolbar);
    for (QToolButton *button : toolbar->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
        if (!button->objectName().startsWith(u"qt_"_s)) // not the toolbar's overflow arrow
            button->setFocusPolicy(Qt::TabFocus); // reached with Tab like any other button
    }

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"profileFilter"_s);
    m_filter->setPlaceholderText(tr("Filter profiles"));
    m_filter->setAccessibleName(tr("Filter profiles"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    m_banner = new QLabel(this);
    m_banner->setObjectName(u"profilesBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_moveAside = new QPushButton(tr("Move the damaged file aside and start a new list"), this);
    m_moveAside->setObjectName(u"moveDamagedAside"_s);
    layout->addWidget(m_banner);
    layout->addWidget(m_moveAside);

    m_model = new ProfileTreeModel(store, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterRole(ProfileTreeModel::FilterTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(ProfileTreeModel::NameColumn);

    m_view = new QTreeView(this);
    m_view->setObjectName(u"profilesView"_s);
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tr("Profiles"));
    m_view->expandAll();
    layout->addWidget(m_view, 1);

    // First run: no profile yet. Says what a profile is and offers the two ways to get one.
    m_emptyState = new QWidget(this);
    m_emptyState->setObjectName(u"profilesEmptyState"_s);
    auto *emptyLayout = new QVBoxLayout(m_emptyState);
    auto *emptyText
        = new QLabel(tr("No profiles yet. A profile says how to reach a MatrixOne cluster: host, port "
                        "and user (the password goes to the system keychain)."),
            m_emptyState);
    emptyText->setObjectName(u"profilesEmptyText"_s);
    emptyText->setWordWrap(true);
    auto *create = new QPushButton(tr("&Create a Profile…"), m_emptyState);
    create->setObjectName(u"createFirstProfile"_s);
    connect(create, &QPushButton::clicked, this, &ProfilesPanel::newProfile);
    auto *demo = new QPushButton(tr("Add the &Demo Profile"), m_emptyState);
    demo->setObjectName(u"addDemoProfile"_s);
    demo->setToolTip(tr("127.0.0.1:6001, user root, password 111: the local demo server (scripts/demo) or a "
                        "MatrixOne with its default account"));
    connect(demo, &QPushButton::clicked, this, &ProfilesPanel::addDemoProfile);
    auto *demoNote = new QLabel(tr("The demo profile: 127.0.0.1:6001, user root."), m_emptyState);
    demoNote->setWordWrap(true);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(create);
    emptyLayout->addWidget(demo);
    emptyLayout->addWidget(demoNote);
    emptyLayout->addStretch(1);
    layout->addWidget(m_emptyState, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_view->expandAll();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        updateActions();
        updateReadOnlyBanner();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ProfilesPanel::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ProfilesPanel::updateEmptyState);
    connect(m_model, &ProfileTreeModel::moveFailed, this, &ProfilesPanel::showError);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!index.data(ProfileTreeModel::IsGroupRole).toBool())
            connectProfile();
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &ProfilesPanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ProfilesPanel::updateActions);
    connect(store, &ProfileStore::loadFailed, this, &ProfilesPanel::updateReadOnlyBanner);
    connect(store, &ProfileStore::profilesChanged, this, &ProfilesPanel::updateEmptyState);
    connect(store, &ProfileStore::profilesChanged, this, [this] {
        // The current profile may have been renamed, recoloured or removed (here or by moctl).
        if (m_current.isNull())
            return;
        if (auto p = m_store->profile(m_current))
            Q_EMIT currentProfileDescribed(p->name, p->colour);
        else
            setCurrentProfile({});
    });
    connect(m_moveAside, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Start a New Profile List"),
                tr("The damaged profiles file is copied aside (nothing is deleted) and a new, "
                   "empty list is started. Continue?"))
            != QMessageBox::Yes)
            return;
        QString error;
        const QString backup = m_store->moveDamagedFileAside(&error);
        if (backup.isEmpty())
            showError(error);
        else
            Q_EMIT messageShown(tr("The damaged profiles file was kept as %1.").arg(backup));
        updateReadOnlyBanner();
    });
    updateActions();
    updateReadOnlyBanner();
}

ProfilesPanel::~ProfilesPanel() = default;

QUuid ProfilesPanel::selectedProfile() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || !m_view->selectionModel()->isSelected(index))
        return {};
    return QUuid::fromString(index.data(ProfileTreeModel::ProfileIdRole).toString());
}

void ProfilesPanel::selectProfile(const QUuid &id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(id));
    m_view->setCurrentIndex(index);
}

void ProfilesPanel::updateActions()
{
    const bool writable = m_store && !m_store->isReadOnly();
    const bool hasProfile = !selectedProfile().isNull();
    m_new->setEnabled(writable);
    m_edit->setEnabled(writable && hasProfile);
    m_duplicate->setEnabled(writable && hasProfile);
    m_delete->setEnabled(writable && hasProfile);
    m_moveGroup->setEnabled(writable && hasProfile);
    m_import->setEnabled(writable);
    m_export->setEnabled(m_store && !m_store->profiles().isEmpty());
    m_connect->setEnabled(hasProfile);
    m_disconnect->setEnabled(m_sessionOpen);
}

void ProfilesPanel::updateEmptyState()
{
    const bool empty = m_store && !m_store->isReadOnly() && m_store->profiles().isEmpty();
    m_emptyState->setVisible(empty);
    m_view->setVisible(!empty);
    m_filter->setVisible(!empty);
}

void ProfilesPanel::setSessionOpen(bool open)
{
    m_sessionOpen = open;
    updateActions();
}

void ProfilesPanel::disconnectProfile()
{
    Q_EMIT disconnectRequested(); // the owner closes the session and unmarks the current profile
}

bool ProfilesPanel::addDemoProfile()
{
    ConnectionProfile demo;
    demo.name = tr("Local demo");
    for (int n = 2; m_store->find(demo.name); ++n)
        demo.name = tr("Local demo %1").arg(n);
    demo.host = u"127.0.0.1"_s;
    demo.port = 6001;
    demo.user = u"root"_s;
    demo.notes = tr("The local demo server (scripts/demo), or a MatrixOne with its default account.");
    QString error;
    if (!m_store->save(demo, &error)) {
        showError(error);
        return false;
    }
    // MatrixOne's documented default password, not a secret: kept for this session so Connect works.
    if (m_session)
        m_session->write(demo.idString(), u"111"_s, this, {});
    selectProfile(demo.id);
    Q_EMIT messageShown(
        tr("Added the profile %1 (127.0.0.1:6001, user root). Double-click it or press Connect.")
            .arg(demo.name));
    return true;
}

QString ProfilesPanel::keychainProblem(const SecretStore::Result &result, const QString &profileName)
{
    switch (result.status) {
    case SecretStore::Status::Ok:
        return {};
    case SecretStore::Status::NotFound:
        return tr("No password is saved for \"%1\" in the keychain.").arg(profileName);
    case SecretStore::Status::Unavailable:
        return tr("No keychain is available on this system, so no password of \"%1\" is saved there.")
            .arg(profileName);
    case SecretStore::Status::Failed:
        break;
    }
    return result.message.isEmpty()
        ? tr("The keychain did not give the password of \"%1\".").arg(profileName)
        : tr("The keychain did not give the password of \"%1\" (%2).").arg(profileName, result.message);
}

void ProfilesPanel::updateReadOnlyBanner()
{
    const bool readOnly = m_store && m_store->isReadOnly();
    m_banner->setText(readOnly ? m_store->errorString() : QString());
    m_banner->setVisible(readOnly);
    m_moveAside->setVisible(readOnly);
    updateActions();
    updateEmptyState();
}

void ProfilesPanel::showError(const QString &text)
{
    QMessageBox::warning(this, tr("Profiles"), text);
}

bool ProfilesPanel::runEditor(ConnectionProfile profile, bool isNew)
{
    ProfileEditorDialog dialog(profile, m_keychain, this);
    if (isNew)
        dialog.setWindowTitle(tr("New Profile"));
    dialog.setGroups(m_store->groups());
    QStringList taken;
    for (const ConnectionProfile &p : m_store->profiles()) {
        if (p.id != profile.id)
            taken << p.name;
    }
    dialog.setTakenNames(taken);
    // Without a keychain (none given, or a previous job found none) the password is for this session.
    auto *keychain = qobject_cast<KeychainSecretStore *>(m_keychain.data());
    if (m_keychain == nullptr || (keychain && keychain->seemsUnavailable())) {
        auto *storage = dialog.findChild<QComboBox *>(u"passwordStorage"_s);
        storage->setCurrentIndex(storage->findData(int(ProfileEditorDialog::PasswordStorage::Session)));
        storage->setEnabled(false);
        storage->setToolTip(tr("No keychain is available on this system."));
    }
    if (m_editorHook)
        m_editorHook(&dialog);
    else if (dialog.exec() != QDialog::Accepted)
        return false;
    if (dialog.result() != QDialog::Accepted)
        return false;
    const ConnectionProfile edited = dialog.profile();
    QString error;
    if (!m_store->save(edited, &error)) {
        showError(error);
        return false;
    }
    if (const auto password = dialog.newPassword())
        storePassword(edited, *password,
            dialog.passwordStorage() == ProfileEditorDialog::PasswordStorage::Session || !m_keychain);
    selectProfile(edited.id);
    return true;
}

void ProfilesPanel::storePassword(const ConnectionProfile &profile, const QString &password, bool session)
{
    const QString key = profile.idString();
    Q_EMIT passwordEntered(profile.id, password);
    if (session || !m_keychain) {
        if (m_session)
            m_session->write(key, password, this, {});
        return;
    }
    if (m_session)
        m_session->remove(key, this, {}); // the keychain's copy is the one to use now
    const QString name = profile.name;
    m_keychain->write(key, password, this, [this, key, name, password](const SecretStore::Result &result) {
        if (result.ok())
            return;
        // Say what happened in words (the keychain's own text, often a D-Bus error, only as details) and
        // offer to keep the password for this session only.
        const QString what = result.status == SecretStore::Status::Unavailable
            ? tr("No keychain is available on this system, so the password of \"%1\" was not saved.")
                  .arg(name)
            : tr("The keychain refused to save the password of \"%1\".").arg(name);
        QMessageBox box(QMessageBox::Warning, tr("Password Not Saved"), what, QMessageBox::NoButton, this);
        box.setObjectName(u"passwordNotSaved"_s);
        box.setInformativeText(
            tr("Keep it in memory for this session only? It is forgotten when MOCTL Studio "
               "closes, and you will be asked for it again next time."));
        box.setDetailedText(result.message);
        QPushButton *keep = box.addButton(tr("Keep for This Session Only"), QMessageBox::AcceptRole);
        keep->setObjectName(u"keepForSession"_s);
        box.addButton(tr("Forget It"), QMessageBox::RejectRole)->setObjectName(u"forgetPassword"_s);
        box.setDefaultButton(keep);
        box.exec();
        if (box.clickedButton() == keep && m_session) {
            m_session->write(key, password, this, {});
            Q_EMIT messageShown(tr("The password of \"%1\" is kept for this session only.").arg(name));
        } else {
            Q_EMIT messageShown(tr("The password of \"%1\" was not saved.").arg(name));
        }
    });
}

void ProfilesPanel::newProfile()
{
    ConnectionProfile profile;
    profile.name.clear();
    const QModelIndex index = m_view->currentIndex();
    if (index.isValid())
        profile.group = index.data(ProfileTreeModel::GroupRole).toString();
    runEditor(profile, true);
}

void ProfilesPanel::editProfile()
{
    if (auto p = m_store->profile(selectedProfile()))
        runEditor(*p, false);
}

void ProfilesPanel::duplicateProfile()
{
    auto p = m_store->profile(selectedProfile());
    if (!p)
        return;
    ConnectionProfile copy = *p;
    copy.id = QUuid::createUuid();
    const QString base = tr("%1 (copy)").arg(p->name);
    copy.name = base;
    for (int n = 2; m_store->find(copy.name); ++n)
        copy.name = tr("%1 (copy %2)").arg(p->name).arg(n);
    QString error;
    if (!m_store->save(copy, &error)) {
        showError(error);
        return;
    }
    selectProfile(copy.id);
}

void ProfilesPanel::deleteProfile()
{
    QList<ConnectionProfile> victims;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        if (auto p
            = m_store->profile(QUuid::fromString(index.data(ProfileTreeModel::ProfileIdRole).toString())))
            victims << *p;
    }
    if (victims.isEmpty())
        return;
    const QString question = victims.size() == 1
        ? tr("Delete the profile \"%1\" and its saved password?").arg(victims.first().name)
        : tr("Delete %n profile(s) and their saved passwords?", nullptr, int(victims.size()));
    QMessageBox box(
        QMessageBox::Question, tr("Delete Profile"), question, QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(u"confirmDelete"_s);
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    for (const ConnectionProfile &p : std::as_const(victims)) {
        QString error;
        if (!m_store->remove(p.id, &error)) {
            showError(error);
            return;
        }
        if (m_keychain)
            m_keychain->remove(p.idString(), this, {});
        if (m_session)
            m_session->remove(p.idString(), this, {});
    }
}

void ProfilesPanel::connectProfile()
{
    const QUuid id = selectedProfile();
    if (id.isNull())
        return;
    setCurrentProfile(id);
    Q_EMIT connectRequested(id); // also for the current profile: connecting again after a failure
}

void ProfilesPanel::setCurrentProfile(const QUuid &id)
{
    if (m_current == id)
        return;
    m_current = id;
    m_model->setCurrentProfile(id);
    Q_EMIT currentProfileChanged(id);
    const auto p = m_store ? m_store->profile(id) : std::nullopt;
    Q_EMIT currentProfileDescribed(p ? p->name : QString(), p ? p->colour : QString());
}

void ProfilesPanel::resolveSettings(const QUuid &id, QObject *context,
    std::function<void(const std::optional<ConnectionSettings> &)> done, Prompt prompt)
{
    const auto profile = m_store->profile(id);
    if (!profile) {
        done(std::nullopt);
        return;
    }
    const ConnectionProfile p = *profile;
    QPointer<QObject> guard(context);
    auto ask = [this, p, guard, done, prompt](const QString &why) {
        if (!guard)
            return;
        if (prompt == Prompt::No) {
            done(std::nullopt);
            return;
        }
        QDialog dialog(this);
        dialog.setObjectName(u"passwordPrompt"_s);
        dialog.setWindowTitle(tr("Password for %1").arg(p.name));
        keepTitleWhole(&dialog);
        auto *form = new QFormLayout(&dialog);
        auto *reason = new QLabel(why, &dialog);
        reason->setWordWrap(true);
        form->addRow(reason);
        auto *password = new QLineEdit(&dialog);
        password->setEchoMode(QLineEdit::Password);
        form->addRow(tr("Password for %1:").arg(p.composedUser()), password);
        auto *remember = new QCheckBox(tr("Remember for this session"), &dialog);
        remember->setChecked(true);
        form->addRow(remember);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        form->addRow(buttons);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        if (dialog.exec() != QDialog::Accepted) {
            done(std::nullopt);
            return;
        }
        if (remember->isChecked() && m_session)
            m_session->write(p.idString(), password->text(), this, {});
        done(p.toSettings(password->text()));
    };
    auto fromKeychain = [this, p, guard, done, ask] {
        if (!m_keychain) {
            ask(keychainProblem({ SecretStore::Status::Unavailable, {}, {} }, p.name));
            return;
        }
        m_keychain->read(p.idString(), this, [p, guard, done, ask](const SecretStore::Result &result) {
            if (!guard)
                return;
            if (result.ok())
                done(p.toSettings(result.secret));
            else
                ask(keychainProblem(result, p.name)); // in words; the keychain's own text in brackets
        });
    };
    if (prompt == Prompt::Always) { // the server refused the kept or saved one
        ask(tr("The server refused the password of \"%1\". Enter it again.").arg(p.name));
        return;
    }
    if (!m_session) {
        fromKeychain();
        return;
    }
    m_session->read(p.idString(), this, [p, guard, done, fromKeychain](const SecretStore::Result &result) {
        if (!guard)
            return;
        if (result.ok())
            done(p.toSettings(result.secret));
        else
            fromKeychain();
    });
}

void ProfilesPanel::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    const QModelIndex index = m_view->indexAt(pos);
    if (index.isValid() && !index.data(ProfileTreeModel::IsGroupRole).toBool()) {
        menu.addAction(m_connect);
        menu.addAction(m_edit);
        menu.addAction(m_duplicate);
        menu.addAction(m_moveGroup);
        menu.addAction(m_delete);
        menu.addSeparator();
    }
    menu.addAction(m_new);
    menu.addAction(m_import);
    menu.addAction(m_export);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void ProfilesPanel::moveSelectedToGroup()
{
    QList<QUuid> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const QUuid id = QUuid::fromString(index.data(ProfileTreeModel::ProfileIdRole).toString());
        if (!id.isNull())
            ids << id;
    }
    if (ids.isEmpty())
        return;
    bool ok = false;
    const QString group = QInputDialog::getItem(
        this, tr("Move to Group"), tr("Group (empty for none):"), m_store->groups(), 0, true, &ok);
    if (!ok)
        return;
    QString error;
    if (!m_model->moveToGroup(ids, group.trimmed(), &error))
        showError(error);
}

void ProfilesPanel::importProfiles()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Profiles"), QString(), tr("Profiles (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    importProfilesFrom(path);
}

bool ProfilesPanel::importProfilesFrom(const QString &path)
{
    // The store's rule (as moctl profiles import): an existing profile is only updated when host, port
    // and user are unchanged; otherwise the import is added as a new profile without a password. The
    // GUI never replaces a profile by import (delete it first, or use moctl profiles import --replace).
    QString error;
    const auto report = m_store->importFile(path, ProfileStore::ImportMode::KeepExisting, &error);
    if (!report) {
        showError(error);
        return false;
    }
    const QString summary = tr("Imported %n profile(s). Passwords are not part of the file; enter them when "
                               "connecting.",
        nullptr, int(report->profiles.size()));
    const QStringList notes = report->describe();
    if (!notes.isEmpty()) {
        QMessageBox box(QMessageBox::Information, tr("Import Profiles"), summary, QMessageBox::Ok, this);
        box.setObjectName(u"importReport"_s);
        box.setInformativeText(notes.join(u"\n\n"_s));
        box.exec();
    }
    Q_EMIT messageShown(summary);
    return true;
}

void ProfilesPanel::exportProfiles()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Profiles"), u"moctl-profiles.json"_s, tr("Profiles (*.json)"));
    if (path.isEmpty())
        return;
    QList<ConnectionProfile> chosen;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        if (auto p
            = m_store->profile(QUuid::fromString(index.data(ProfileTreeModel::ProfileIdRole).toString())))
            chosen << *p;
    }
    if (chosen.isEmpty())
        chosen = m_store->profiles();
    QSaveFile file(path);
    const QByteArray data = ProfileStore::toJson(chosen);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        showError(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    Q_EMIT messageShown(tr("Exported %n profile(s), without passwords.", nullptr, int(chosen.size())));
}

} // namespace moctl
