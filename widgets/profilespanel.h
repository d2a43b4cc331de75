#pragma once

#include "connection/connectionprofile.h"
#include "connection/secretstore.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace moctl {

class ProfileStore;
class ProfileTreeModel;
class MemorySecretStore;
class ProfileEditorDialog;

// The Profiles dock: profiles in a tree by group with their colour, a filter box, New / Edit /
// Duplicate / Delete (with confirmation), drag to regroup, Import / Export, and Connect, which makes
// a profile the current one (currentProfileChanged). Passwords go to the keychain; when there is no
// keychain they are asked for on connect and may be remembered for the session only.
class ProfilesPanel final : public QWidget
{
    Q_OBJECT

public:
    // `keychain` and `session` may be null (then no password is saved).
    ProfilesPanel(ProfileStore *store, SecretStore *keychain, MemorySecretStore *session, QWidget *parent = nullptr);
    ~ProfilesPanel() override;

    ProfileTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QUuid selectedProfile() const;
    QUuid currentProfile() const { return m_current; }
    void selectProfile(const QUuid &id);

    // Settings of a profile with its password: session memory, then the keychain, else asks (a
    // dialog; "remember for this session") unless told not to. `done` gets nullopt when the operator
    // cancelled (or, with Prompt::No, when no password is stored).
    enum class Prompt { Yes, No };
    void resolveSettings(const QUuid &id, QObject *context,
                         std::function<void(const std::optional<ConnectionSettings> &)> done,
                         Prompt prompt = Prompt::Yes);

    // Called before an editor dialog is shown (tests fill it in and accept it).
    void setEditorHook(std::function<void(ProfileEditorDialog *)> hook) { m_editorHook = std::move(hook); }

    // Imports a profiles file with the store's rule (never replaces a profile that points elsewhere);
    // says what was added as new. False (after showing why) when the file could not be imported.
    bool importProfilesFrom(const QString &path);

public Q_SLOTS:
    void newProfile();
    void editProfile();
    void duplicateProfile();
    void deleteProfile();
    void connectProfile();
    void importProfiles();
    void exportProfiles();
    void setCurrentProfile(const QUuid &id);

Q_SIGNALS:
    // The current (connected) profile changed; null id = none. Name and colour for the window.
    void currentProfileChanged(const QUuid &id);
    // Connect was asked for (the profile is the current one by now).
    void connectRequested(const QUuid &id);
    void currentProfileDescribed(const QString &name, const QString &colour);
    // A password was typed in the profile editor for the profile (the session of that profile takes it;
    // never stored by the receiver).
    void passwordEntered(const QUuid &id, const QString &password);
    void messageShown(const QString &text);

private:
    void updateActions();
    void updateReadOnlyBanner();
    bool runEditor(ConnectionProfile profile, bool isNew);
    void storePassword(const ConnectionProfile &profile, const QString &password, bool session);
    void showContextMenu(const QPoint &pos);
    void moveSelectedToGroup();
    void showError(const QString &text);

    QPointer<ProfileStore> m_store;
    QPointer<SecretStore> m_keychain;
    QPointer<MemorySecretStore> m_session;
    ProfileTreeModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_banner = nullptr;
    QPushButton *m_moveAside = nullptr;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_connect = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_moveGroup = nullptr;
    QUuid m_current;
    std::function<void(ProfileEditorDialog *)> m_editorHook;
};

} // namespace moctl
