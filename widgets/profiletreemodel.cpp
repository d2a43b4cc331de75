#include "profiletreemodel.h"

#include "connection/profilestore.h"

#include <QColor>
#include <QFont>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {
QStringList tagSelectors(const QStringList &tags)
{
    QStringList result;
    for (const QString &tag : tags)
        result << u"tag:"_s + tag;
    return result;
}

// Internal ids: 0 = a group row; n = a profile in group n-1.
constexpr quintptr GroupRow = 0;

QPixmap swatchPixmap(const QString &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(QColor(0, 0, 0, 120));
    painter.setBrush(colour.isEmpty() ? QColor(Qt::transparent) : QColor(colour));
    painter.drawEllipse(0, 0, 11, 11);
    return pixmap;
}
} // namespace

ProfileTreeModel::ProfileTreeModel(ProfileStore *store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    connect(store, &ProfileStore::profilesChanged, this, &ProfileTreeModel::rebuild);
    rebuild();
}

ProfileTreeModel::~ProfileTreeModel() = default;

void ProfileTreeModel::rebuild()
{
    beginResetModel();
    m_groups.clear();
    if (m_store) {
        QList<ConnectionProfile> profiles = m_store->profiles();
        std::sort(
            profiles.begin(), profiles.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
                return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
            });
        QStringList names = m_store->groups();
        for (const QString &name : std::as_const(names))
            m_groups << Group { name, {} };
        for (const ConnectionProfile &p : std::as_const(profiles)) {
            auto it = std::find_if(
                m_groups.begin(), m_groups.end(), [&p](const Group &g) { return g.name == p.group; });
            if (it == m_groups.end()) {
                m_groups << Group { p.group, {} }; // ungrouped: last
                it = m_groups.end() - 1;
            }
            it->profiles << p;
        }
    }
    endResetModel();
}

const ConnectionProfile *ProfileTreeModel::profileAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == GroupRow)
        return nullptr;
    const qsizetype group = qsizetype(index.internalId()) - 1;
    if (group >= m_groups.size() || index.row() >= m_groups.at(group).profiles.size())
        return nullptr;
    return &m_groups.at(group).profiles.at(index.row());
}

QModelIndex ProfileTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, GroupRow);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ProfileTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupRow);
}

int ProfileTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != GroupRow)
        return 0;
    return int(m_groups.at(parent.row()).profiles.size());
}

int ProfileTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ProfileTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == GroupRow) {
        const Group &g = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == NameColumn)
                return g.name.isEmpty() ? tr("Ungrouped") : g.name;
            return tr("%n profile(s)", nullptr, int(g.profiles.size()));
        case Qt::FontRole: {
            QFont font;
            font.setItalic(g.name.isEmpty());
            return font;
        }
        case GroupRole:
            return g.name;
        case IsGroupRole:
            return true;
        case ProfileIdRole:
            return QString();
        case FilterTextRole:
            return g.name;
        default:
            return {};
        }
    }
    const ConnectionProfile *p = profileAt(index);
    if (!p)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return p->name;
        if (!p->tags.isEmpty()) // the tags after the address: "root@db:6001  [eu, tier-1]"
            return u"%1@%2:%3  [%4]"_s.arg(p->composedUser(), p->host)
                .arg(p->port)
                .arg(p->tags.join(u", "_s));
        return u"%1@%2:%3"_s.arg(p->composedUser(), p->host).arg(p->port);
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return swatchPixmap(p->colour);
        return {};
    case Qt::ToolTipRole:
        return tr("%1\n%2@%3:%4\nTLS: %5%6%7")
            .arg(p->name, p->composedUser(), p->host)
            .arg(p->port)
            .arg(ConnectionProfile::tlsModeTitle(p->tlsMode),
                p->tags.isEmpty() ? QString() : u"\n"_s + tr("Tags: %1").arg(p->tags.join(u", "_s)),
                p->notes.isEmpty() ? QString() : u"\n\n"_s + p->notes);
    case TagsRole:
        return p->tags;
    case Qt::FontRole: {
        QFont font;
        font.setBold(p->id == m_current);
        return font;
    }
    case ProfileIdRole:
        return p->idString();
    case GroupRole:
        return p->group;
    case IsGroupRole:
        return false;
    case ColourRole:
        return p->colour;
    case FilterTextRole:
        // Tags as "tag:eu" too, so the filter box finds the profiles a fleet plan's tag:eu selects.
        return (QStringList { p->name, p->group, p->host, p->composedUser(), p->notes } + p->tags
            + tagSelectors(p->tags))
            .join(u'\n');
    default:
        return {};
    }
}

QVariant ProfileTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Profile");
    case AddressColumn:
        return tr("Address");
    default:
        return {};
    }
}

Qt::ItemFlags ProfileTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() == GroupRow)
        f |= Qt::ItemIsDropEnabled;
    else
        f |= Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
    return f;
}

QStringList ProfileTreeModel::mimeTypes() const
{
    return { QString::fromLatin1(MimeType) };
}

QMimeData *ProfileTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        if (const ConnectionProfile *p = profileAt(index); p && !ids.contains(p->idString()))
            ids << p->idString();
    }
    if (ids.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(MimeType), ids.join(u'\n').toUtf8());
    return mime;
}

bool ProfileTreeModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) const
{
    return data && data->hasFormat(QString::fromLatin1(MimeType)) && action == Qt::MoveAction
        && parent.isValid();
}

bool ProfileTreeModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Dropped on a group, or between the profiles of a group: that group.
    const QModelIndex groupRow = parent.internalId() == GroupRow ? parent : parent.parent();
    const QString group = m_groups.at(groupRow.row()).name;
    QList<QUuid> ids;
    for (const QByteArray &line : data->data(QString::fromLatin1(MimeType)).split('\n'))
        ids << QUuid::fromString(QString::fromUtf8(line));
    QString error;
    if (!moveToGroup(ids, group, &error)) {
        Q_EMIT moveFailed(error);
        return false;
    }
    // The store's change signal rebuilt the model; returning false keeps the view from removing rows.
    return false;
}

bool ProfileTreeModel::moveToGroup(const QList<QUuid> &ids, const QString &group, QString *error)
{
    if (!m_store)
        return false;
    for (const QUuid &id : ids) {
        auto profile = m_store->profile(id);
        if (!profile || profile->group == group)
            continue;
        profile->group = group;
        if (!m_store->save(*profile, error))
            return false;
    }
    return true;
}

QModelIndex ProfileTreeModel::indexOf(const QUuid &id) const
{
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        const auto &profiles = m_groups.at(g).profiles;
        for (qsizetype r = 0; r < profiles.size(); ++r) {
            if (profiles.at(r).id == id)
                return createIndex(int(r), 0, quintptr(g) + 1);
        }
    }
    return {};
}

QModelIndex ProfileTreeModel::groupIndex(const QString &group) const
{
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        if (m_groups.at(g).name == group)
            return createIndex(int(g), 0, GroupRow);
    }
    return {};
}

void ProfileTreeModel::setCurrentProfile(const QUuid &id)
{
    const QModelIndex before = indexOf(m_current);
    m_current = id;
    if (before.isValid())
        Q_EMIT dataChanged(before, before.siblingAtColumn(ColumnCount - 1), { Qt::FontRole });
    const QModelIndex after = indexOf(id);
    if (after.isValid())
        Q_EMIT dataChanged(after, after.siblingAtColumn(ColumnCount - 1), { Qt::FontRole });
}

} // namespace moctl
