#pragma once

#include "connection/connectionprofile.h"
#include "connection/secretstore.h"

#include <functional>
#include <optional>
#include <QPointer>
#include <QWidget>

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
    ProfilesPanel(
        ProfileStore *store, SecretStore *keychain, MemorySecretStore *session, QWidget *parent = nullptr);
    ~ProfilesPanel() override;

    ProfileTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QUuid selectedProfile() const;
    QUuid currentProfile() const { return m_current; }
    void selectProfile(const QUuid &id);

    // Settings of a profile with its password: session memory, then the keychain, else asks (a
    // dialog; "remember for this session") unless told not to. `done` gets nullopt when the operator
    // cancelled (or, with Prompt::No, when no password is stored).
    // Always: asks even when a password is kept or saved (the server refused it).
    enum class Prompt { Yes, No, Always };
    void resolveSettings(const QUuid &id, QObject *context,
        std::function<void(const std::optional<ConnectionSettings> &)> done, Prompt prompt = Prompt::Yes);

    // Called before an editor dialog is shown (tests fill it in and accept it).
    void setEditorHook(std::function<void(ProfileEditorDialog *)> hook) { m_editorHook = std::move(hook); }

    // Imports a profiles file with the store's rule (never replaces a profile that points elsewhere);
    // says what was added as new. False (after showing why) when the file could not be imported.
    bool importProfilesFrom(const QString &path);

    // The keychain's problem in words, for `profileName` (the keychain's own text only in brackets).
    static QString keychainProblem(const SecretStore::Result &result, const QString &profileName);
    // The first-run panel (objectName "profilesEmptyState"), shown instead of the list while there is
    // no profile.
    QWidget *emptyState() const { return m_emptyState; }

public Q_SLOTS:
    void newProfile();
    void editProfile();
    void duplicateProfile();
    void deleteProfile();
    void connectProfile();
    // Closes the session (Disconnect in the dock or File > Disconnect).
    void disconnectProfile();
    // Adds the "Local demo" profile (127.0.0.1:6001, root; its password 111, MatrixOne's default, kept
    // for this session) and selects it. False when it could not be saved.
    bool addDemoProfile();
    // Whether a session is open (Disconnect is enabled then).
    void setSessionOpen(bool open);
    void importProfiles();
    void exportProfiles();
    void setCurrentProfile(const QUuid &id);

Q_SIGNALS:
    // The current (connected) profile changed; null id = none. Name and colour for the window.
    void currentProfileChanged(const QUuid &id);
    // Connect was asked for (the profile is the current one by now).
    void connectRequested(const QUuid &id);
    void disconnectRequested();
    void currentProfileDescribed(const QString &name, const QString &colour);
    // A password was typed in the profile editor for the profile (the session of that profile takes it;
    // never stored by the receiver).
    void passwordEntered(const QUuid &id, const QString &password);
    void messageShown(const QString &text);

private:
    void updateActions();
    void updateReadOnlyBanner();
    void updateEmptyState();
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
    QAction *m_disconnect = nullptr;
    QWidget *m_emptyState = nullptr;
    bool m_sessionOpen = false;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_moveGroup = nullptr;
    QUuid m_current;
    std::function<void(ProfileEditorDialog *)> m_editorHook;
};

} // namespace moctl
