// What version() says about a MatrixOne server, and the mo_ctl forms each version has
// (core/moctl/serverversion.cpp; the versions are read from MatrixOne's source at its release tags).
#include "moctl/serverversion.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace moctl;

Q_DECLARE_METATYPE(moctl::ServerFeature)

class TestServerVersion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("matrixOne");
        QTest::addColumn<QString>("version"); // empty = unknown
        QTest::newRow("release") << u"8.0.30-MatrixOne-v2.1.0"_s << true << u"2.1.0"_s;
        QTest::newRow("old release") << u"8.0.30-MatrixOne-v1.1.0"_s << true << u"1.1.0"_s;
        QTest::newRow("hotfix tag") << u"8.0.30-MatrixOne-v2.2.2-hotfix-20250725"_s << true << u"2.2.2"_s;
        QTest::newRow("dated tag") << u"8.0.30-MatrixOne-v1.2.1-20240709"_s << true << u"1.2.1"_s;
        QTest::newRow("other prefix") << u"5.7.0-MatrixOne-v0.8.0"_s << true << u"0.8.0"_s;
        QTest::newRow("two parts") << u"8.0.30-MatrixOne-v2.1"_s << true << u"2.1.0"_s;
        QTest::newRow("trailing space") << u"8.0.30-MatrixOne-v2.0.3 "_s << true << u"2.0.3"_s;
        // Builds from a branch: unknown.
        QTest::newRow("branch v0.5.0") << u"8.0.30-MatrixOne-v0.5.0"_s << true << QString();
        QTest::newRow("branch v1.3.0") << u"8.0.30-MatrixOne-v1.3.0"_s << true << QString();
        QTest::newRow("branch nothing") << u"8.0.30-MatrixOne-v"_s << true << QString();
        QTest::newRow("branch garbage") << u"8.0.30-MatrixOne-vdev"_s << true << QString();
        // Not MatrixOne, or not read.
        QTest::newRow("mariadb") << u"10.11.6-MariaDB-0+deb12u1"_s << false << QString();
        QTest::newRow("mysql") << u"8.0.36"_s << false << QString();
        QTest::newRow("empty") << QString() << false << QString();
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, matrixOne);
        QFETCH(QString, version);
        const ServerVersion v = ServerVersion::parse(text);
        QCOMPARE(v.isMatrixOne(), matrixOne);
        QCOMPARE(v.isKnown(), !version.isEmpty());
        QCOMPARE(v.isRead(), !text.trimmed().isEmpty());
        if (!version.isEmpty()) {
            QCOMPARE(v.version(), QVersionNumber::fromString(version));
            QCOMPARE(v.display(), u"MatrixOne v%1"_s.arg(version));
        } else if (matrixOne) {
            QVERIFY(v.display().contains(u"unknown"_s));
            QVERIFY(v.display().contains(text));
        }
    }

    // Each form from its first release, not before; an unknown version may do everything.
    void features_data()
    {
        QTest::addColumn<ServerFeature>("feature");
        QTest::addColumn<QString>("lastWithout");
        QTest::addColumn<QString>("firstWith");
        QTest::newRow("flush by name") << ServerFeature::FlushByName << u"0.5.1"_s << u"0.6.0"_s;
        QTest::newRow("checkpoint") << ServerFeature::Checkpoint << u"0.6.0"_s << u"0.7.0"_s;
        QTest::newRow("global checkpoint") << ServerFeature::GlobalCheckpoint << u"1.1.1"_s << u"1.1.2"_s;
        QTest::newRow("flush by id") << ServerFeature::FlushByTableId << u"1.2.0"_s << u"1.2.1"_s;
        QTest::newRow("flush with account") << ServerFeature::FlushWithAccount << u"1.2.0"_s << u"1.2.1"_s;
    }
    void features()
    {
        QFETCH(ServerFeature, feature);
        QFETCH(QString, lastWithout);
        QFETCH(QString, firstWith);
        const auto server
            = [](const QString &v) { return ServerVersion::parse(u"8.0.30-MatrixOne-v"_s + v); };
        QVERIFY(!supports(server(lastWithout), feature));
        QVERIFY(supports(server(firstWith), feature));
        QVERIFY(supports(server(u"2.2.0"_s), feature));
        QVERIFY(supports(server(QString()), feature)); // branch build: unknown
        QVERIFY(supports(ServerVersion::parse(u"10.11.6-MariaDB"_s), feature));
        QVERIFY(supports(ServerVersion(), feature)); // not read
        const MoError refused = checkServerSupports(server(lastWithout), feature);
        QCOMPARE(refused.kind(), MoError::Kind::InvalidInput);
        QVERIFY2(refused.message().contains(u"v"_s + lastWithout), qPrintable(refused.message()));
        QVERIFY(refused.message().contains(u"since MatrixOne v"_s + firstWith));
        QVERIFY(refused.message().contains(u"Nothing was sent"_s));
        QVERIFY(!checkServerSupports(server(firstWith), feature).isError());
    }

    // What each operation needs.
    void operations()
    {
        const ServerVersion v110 = ServerVersion::parse(u"8.0.30-MatrixOne-v1.1.0"_s);
        const ServerVersion v121 = ServerVersion::parse(u"8.0.30-MatrixOne-v1.2.1"_s);
        const ServerVersion v050 = ServerVersion::parse(u"8.0.30-MatrixOne-v0.5.0"_s); // branch: unknown
        const Operation byName = Operation::flush(TableRef::byName(u"db"_s, u"t"_s));
        const Operation byId = Operation::flush(TableRef::byId(272515));
        const Operation withAccount = Operation::flush(TableRef::byName(u"db"_s, u"t"_s, 7));
        const Operation dotted = Operation::flush(TableRef::byName(u"my.db"_s, u"t"_s));
        QVERIFY(!checkServerSupports(v110, byName).isError());
        QVERIFY(checkServerSupports(v110, byId).message().contains(u"table id"_s));
        QVERIFY(checkServerSupports(v110, withAccount).message().contains(u"account"_s));
        const MoError dottedRefused = checkServerSupports(v110, dotted);
        QVERIFY(dottedRefused.isError());
        QVERIFY(dottedRefused.message().contains(u"contains a dot"_s));
        QVERIFY(!checkServerSupports(v110, Operation::checkpoint(u"30s"_s)).isError());
        QVERIFY(checkServerSupports(v110, Operation::globalCheckpoint()).isError());
        for (const Operation &op :
            { byName, byId, withAccount, dotted, Operation::globalCheckpoint(u"1m"_s) }) {
            QVERIFY(!checkServerSupports(v121, op).isError());
            QVERIFY(!checkServerSupports(v050, op).isError());
        }
        QVERIFY(
            checkServerSupports(ServerVersion::parse(u"8.0.30-MatrixOne-v0.6.0"_s), Operation::checkpoint())
                .isError());
    }
};

QTEST_GUILESS_MAIN(TestServerVersion)
#include "tst_serverversion.moc"
