// ProfileSelector (which profiles a fleet plan runs on) and profile tags: parsing hostile text,
// resolving against a list of profiles (order, errors), round trips, and tags in the profile JSON.
#include "connection/profileselector.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace moctl;

namespace {

ConnectionProfile profile(const QString &name, const QString &group = {}, const QStringList &tags = {})
{
    ConnectionProfile p;
    p.name = name;
    p.group = group;
    p.tags = tags;
    return p;
}

QStringList names(const QList<ConnectionProfile> &profiles)
{
    QStringList list;
    for (const ConnectionProfile &p : profiles)
        list << p.name;
    return list;
}

} // namespace

class TestProfileSelector final : public QObject
{
    Q_OBJECT

    QList<ConnectionProfile> m_profiles;

private Q_SLOTS:
    void initTestCase()
    {
        m_profiles = { profile(u"zeta"_s, u"prod"_s, { u"eu"_s }),
            profile(u"Alpha"_s, u"Prod"_s, { u"US"_s }),
            profile(u"beta"_s, u"staging"_s, { u"eu"_s, u"tier-1"_s }), profile(u"Ünïcödé 東京"_s, u"prod"_s),
            profile(u"twin"_s), profile(u"twin"_s, u"staging"_s) };
    }

    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("all") << u"all"_s << int(ProfileSelector::Kind::All) << u"all"_s;
        QTest::newRow("ALL spaced") << u"  ALL "_s << int(ProfileSelector::Kind::All) << u"all"_s;
        QTest::newRow("group") << u"group:prod"_s << int(ProfileSelector::Kind::Group) << u"group:prod"_s;
        QTest::newRow("Group spaced")
            << u" Group : prod east "_s << int(ProfileSelector::Kind::Group) << u"group:prod east"_s;
        QTest::newRow("tag") << u"tag:eu"_s << int(ProfileSelector::Kind::Tag) << u"tag:eu"_s;
        QTest::newRow("TAG") << u"TAG:Eu"_s << int(ProfileSelector::Kind::Tag) << u"tag:Eu"_s;
        QTest::newRow("one name") << u"zeta"_s << int(ProfileSelector::Kind::Names) << u"zeta"_s;
        QTest::newRow("names") << u"zeta, beta ,Alpha"_s << int(ProfileSelector::Kind::Names)
                               << u"zeta,beta,Alpha"_s;
        QTest::newRow("duplicate names") << u"zeta,ZETA"_s << int(ProfileSelector::Kind::Names) << u"zeta"_s;
        QTest::newRow("unicode") << u"Ünïcödé 東京"_s << int(ProfileSelector::Kind::Names)
                                 << u"Ünïcödé 東京"_s;
        QTest::newRow("unicode group")
            << u"group:生产"_s << int(ProfileSelector::Kind::Group) << u"group:生产"_s;
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, canonical);
        QString error;
        const auto s = ProfileSelector::parse(text, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(int(s->kind()), kind);
        QCOMPARE(s->toString(), canonical);
        // The canonical text reads back as the same selector.
        const auto again = ProfileSelector::parse(s->toString(), &error);
        QVERIFY(again);
        QCOMPARE(*again, *s);
        QVERIFY(!s->describe().isEmpty());
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // a word of the error
        QTest::newRow("empty") << QString() << u"which profiles"_s;
        QTest::newRow("spaces") << u"   "_s << u"which profiles"_s;
        QTest::newRow("group:") << u"group:"_s << u"group"_s;
        QTest::newRow("group: spaces") << u"group:   "_s << u"group"_s;
        QTest::newRow("tag:") << u"tag:"_s << u"tag"_s;
        QTest::newRow("unknown kind") << u"colour:red"_s << u"colour:"_s;
        QTest::newRow("colon only") << u":"_s << u"Unknown"_s;
        QTest::newRow("two groups") << u"group:a,b"_s << u"one group"_s;
        QTest::newRow("tag with colon") << u"tag:a:b"_s << u"\":\""_s;
        QTest::newRow("empty name") << u"a,,b"_s << u"empty"_s;
        QTest::newRow("trailing comma") << u"a,"_s << u"empty"_s;
        QTest::newRow("leading comma") << u",a"_s << u"empty"_s;
        QTest::newRow("long tag") << (u"tag:"_s + QString(65, u'x')) << u"64"_s;
    }
    void refuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!ProfileSelector::parse(text, &error));
        QVERIFY2(error.contains(expected, Qt::CaseInsensitive), qPrintable(error));
    }

    void resolves_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("all, by name")
            << u"all"_s
            << QStringList { u"Alpha"_s, u"beta"_s, u"twin"_s, u"twin"_s, u"zeta"_s, u"Ünïcödé 東京"_s };
        QTest::newRow("group any case")
            << u"group:PROD"_s << QStringList { u"Alpha"_s, u"zeta"_s, u"Ünïcödé 東京"_s };
        QTest::newRow("tag") << u"tag:EU"_s << QStringList { u"beta"_s, u"zeta"_s };
        QTest::newRow("tag us") << u"tag:us"_s << QStringList { u"Alpha"_s };
        QTest::newRow("names in name order") << u"zeta,alpha"_s << QStringList { u"Alpha"_s, u"zeta"_s };
        QTest::newRow("unicode name") << u"ünïcödé 東京"_s << QStringList { u"Ünïcödé 東京"_s };
    }
    void resolves()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QString error;
        const auto s = ProfileSelector::parse(text, &error);
        QVERIFY2(s, qPrintable(error));
        const ProfileSelector::Result r = s->resolve(m_profiles);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(names(r.profiles), expected);
        for (const ConnectionProfile &p : r.profiles)
            QVERIFY(s->matches(p));
    }

    void resolveErrors()
    {
        QString error;
        // A name no profile has.
        ProfileSelector::Result r = ProfileSelector::parse(u"zeta,nobody"_s, &error)->resolve(m_profiles);
        QVERIFY(!r.ok());
        QVERIFY(r.profiles.isEmpty());
        QVERIFY2(r.error.contains(u"nobody"_s), qPrintable(r.error));
        // A name two profiles have: both ids are offered, nothing is chosen.
        r = ProfileSelector::parse(u"twin"_s, &error)->resolve(m_profiles);
        QVERIFY(!r.ok());
        QVERIFY(r.profiles.isEmpty());
        QVERIFY2(
            r.error.contains(m_profiles.at(4).idString()) && r.error.contains(m_profiles.at(5).idString()),
            qPrintable(r.error));
        // ... and the id picks one.
        r = ProfileSelector::parse(m_profiles.at(5).idString(), &error)->resolve(m_profiles);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.profiles.size(), 1);
        QCOMPARE(r.profiles.first().id, m_profiles.at(5).id);
        // A group or tag nobody is in, and an empty list.
        r = ProfileSelector::parse(u"group:nowhere"_s, &error)->resolve(m_profiles);
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(u"nowhere"_s));
        r = ProfileSelector::parse(u"tag:none"_s, &error)->resolve(m_profiles);
        QVERIFY(!r.ok());
        r = ProfileSelector::all().resolve({});
        QVERIFY(!r.ok());
        QVERIFY(!ProfileSelector().resolve(m_profiles).ok());
    }

    void tags()
    {
        QCOMPARE(ConnectionProfile::normalizeTags({ u" eu "_s, u""_s, u"EU"_s, u"tier-1"_s, u"  "_s }),
            (QStringList { u"eu"_s, u"tier-1"_s }));
        QVERIFY(ConnectionProfile::tagProblem(u"eu"_s).isEmpty());
        QVERIFY(!ConnectionProfile::tagProblem(u"a,b"_s).isEmpty());
        QVERIFY(!ConnectionProfile::tagProblem(u"a:b"_s).isEmpty());
        QVERIFY(!ConnectionProfile::tagProblem(QString(65, u'x')).isEmpty());
        QVERIFY(ConnectionProfile::tagProblem(QString(64, u'x')).isEmpty());

        ConnectionProfile p = profile(u"p"_s, {}, { u"eu"_s, u"東京"_s });
        QVERIFY(p.hasTag(u"EU"_s));
        QVERIFY(!p.hasTag(u"e"_s));
        QVERIFY(p.validate().isEmpty());
        // Tags survive the profile file; none = no key.
        QString error;
        QJsonObject json = p.toJson();
        QCOMPARE(json.value(u"tags"_s).toArray().size(), 2);
        auto back = ConnectionProfile::fromJson(json, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->tags, p.tags);
        QVERIFY(!profile(u"q"_s).toJson().contains(u"tags"_s));
        // A hand-edited file: duplicates dropped, a wrong type refused with a reason.
        json.insert(u"tags"_s, QJsonArray { u"a"_s, u"A"_s, u" b "_s });
        back = ConnectionProfile::fromJson(json, &error);
        QVERIFY(back);
        QCOMPARE(back->tags, (QStringList { u"a"_s, u"b"_s }));
        json.insert(u"tags"_s, u"a,b"_s);
        QVERIFY(!ConnectionProfile::fromJson(json, &error));
        QVERIFY(error.contains(u"tags"_s));
        json.insert(u"tags"_s, QJsonArray { 1 });
        QVERIFY(!ConnectionProfile::fromJson(json, &error));
        // A bad tag is a validation problem.
        p.tags << u"x,y"_s;
        QVERIFY(!p.validate().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProfileSelector)
#include "tst_profileselector.moc"
