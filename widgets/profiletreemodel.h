#pragma once

#include "connection/connectionprofile.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace moctl {

class ProfileStore;

// The profiles of a ProfileStore as a two-level tree: groups, then their profiles (profiles without a
// group sit under "Ungrouped"). Profiles can be dragged onto another group (the store is updated).
class ProfileTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileTreeModel)

public:
    enum Column { NameColumn, AddressColumn, ColumnCount };
    enum Role {
        ProfileIdRole = Qt::UserRole, // QString (without braces); empty for a group row
        GroupRole, // the group name ("" = ungrouped)
        IsGroupRole, // bool
        ColourRole, // "#rrggbb" or empty
        FilterTextRole, // name, group, host, user, tags: what the filter box matches
        TagsRole, // QStringList
    };
    static constexpr auto MimeType = "application/x-moctl-profile-ids";

    explicit ProfileTreeModel(ProfileStore *store, QObject *parent = nullptr);
    ~ProfileTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }

    QModelIndex indexOf(const QUuid &id) const;
    QModelIndex groupIndex(const QString &group) const;
    // Shown in bold: the profile the window is connected to.
    void setCurrentProfile(const QUuid &id);
    QUuid currentProfile() const { return m_current; }
    // Moves profiles to a group through the store. False with *error when the store refused.
    bool moveToGroup(const QList<QUuid> &ids, const QString &group, QString *error = nullptr);

Q_SIGNALS:
    void moveFailed(const QString &message);

private:
    struct Group
    {
        QString name;
        QList<ConnectionProfile> profiles;
    };
    void rebuild();
    const ConnectionProfile *profileAt(const QModelIndex &index) const;

    QPointer<ProfileStore> m_store;
    QList<Group> m_groups;
    QUuid m_current;
};

} // namespace moctl
