// MatrixOne's checkpoint list: the parser on replies shaped as MatrixOne's TN writes them
// (pkg/vm/engine/tae/rpc/tool.go, checkpoint/entry.go, cmd_util/operations.go), and the command by version.
#include "moctl/checkpoints.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace moctl;

namespace {

// v2.2.0: ckpListArg.getCkpList, MarshalIndent(.., "", "  "), '>' escaped by jsoniter's standard mode.
const QString v2Reply = uR"json(
msg: {
  "count": 4,
  "checkpoints": [
    {
      "index": 0,
      "lsn": "1000-990",
      "detail": "CKP[G][2][true:true][1000-990](0-0-\u003e1733200000000000000-1)"
    },
    {
      "index": 1,
      "lsn": "1017-1007",
      "detail": "CKP[I][2][true:true][1017-1007](1733200000000000001-1-\u003e1733200600000000000-1)"
    },
    {
      "index": 2,
      "lsn": "1034-1024",
      "detail": "CKP[I][2][true:true][1034-1024](1733200600000000001-1-\u003e1733201200000000000-1)"
    },
    {
      "index": 3,
      "lsn": "1051-1041",
      "detail": "CKP[I][2][false:true][1051-1041](1733201200000000001-1-\u003e1733201800500000000-3)"
    }
  ]
}

)json"_s;

// v3.0.0: CkpEntries{count, entries}; each entry is CheckpointEntry.MarshalJSON (promoted, so no "index").
const QString v3Reply = uR"json(
msg: {
  "count": 3,
  "entries": [
    {
      "start": "0-0",
      "end": "1733200000000000000-1",
      "state": 2,
      "entry_type": "G",
      "location": "0193a1b2-c3d4-7e5f-8a9b-0000000003e8_00000_0_0_4096_8192_0",
      "ckp_lsn": 1000,
      "truncate_lsn": 990
    },
    {
      "start": "1733200000000000001-1",
      "end": "1733200600000000000-1",
      "state": 2,
      "entry_type": "I",
      "location": "0193a1b2-c3d4-7e5f-8a9b-0000000003f9_00000_0_1_4096_8192_0",
      "ckp_lsn": 1017,
      "truncate_lsn": 1007
    },
    {
      "start": "1733200600000000001-1",
      "end": "1733201200000000000-1",
      "state": 1,
      "entry_type": "I",
      "location": "",
      "ckp_lsn": 1034,
      "truncate_lsn": 1024
    }
  ]
}

)json"_s;

} // namespace

class TestCheckpoints final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void v2List()
    {
        const CheckpointList list = parseCheckpointList(v2Reply);
        QCOMPARE(list.format, CheckpointList::Format::V2CheckpointList);
        QVERIFY(list.isKnown());
        QCOMPARE(list.count, 4);
        QCOMPARE(list.entries.size(), 4);
        const CheckpointEntry *g = list.lastGlobal();
        QVERIFY(g);
        QCOMPARE(g->type, CheckpointEntry::Type::Global);
        QCOMPARE(g->ckpLsn, quint64(1000));
        QCOMPARE(g->truncateLsn, quint64(990));
        QCOMPARE(g->start, u"0-0"_s);
        QCOMPARE(g->end, u"1733200000000000000-1"_s);
        QCOMPARE(g->endTime(), QDateTime::fromMSecsSinceEpoch(1733200000000, Qt::UTC));
        QVERIFY(!g->startTime().isValid()); // 0-0: no time
        QCOMPARE(g->state, 2);
        QCOMPARE(g->stateTitle(), u"finished"_s);
        const QList<CheckpointEntry> since = list.incrementalsSinceGlobal();
        QCOMPARE(since.size(), 3);
        QCOMPARE(since.last().ckpLsn, quint64(1051));
        QCOMPARE(since.last().end, u"1733201800500000000-3"_s);
        QCOMPARE(since.last().endTime().toMSecsSinceEpoch(), 1733201800500LL);
        QVERIFY(since.last().detail.contains(u"->"_s)); // \u003e decoded
        const QJsonObject json = list.toJson();
        QCOMPARE(json.value(u"format"_s).toString(), u"checkpoint-list"_s);
        QCOMPARE(json.value(u"incrementalsSinceGlobal"_s).toArray().size(), 3);
        QCOMPARE(json.value(u"lastGlobal"_s).toObject().value(u"ckpLsn"_s).toString(), u"1000"_s);
    }

    void v3List()
    {
        const CheckpointList list = parseCheckpointList(v3Reply);
        QCOMPARE(list.format, CheckpointList::Format::V3InMemory);
        QCOMPARE(list.count, 3);
        QCOMPARE(list.entries.size(), 3);
        QCOMPARE(list.lastGlobal()->ckpLsn, quint64(1000));
        QCOMPARE(list.incrementalsSinceGlobalCount(), 2);
        const CheckpointEntry &pending = list.entries.last();
        QCOMPARE(pending.type, CheckpointEntry::Type::Incremental);
        QCOMPARE(pending.state, 1);
        QCOMPARE(pending.truncateLsn, quint64(1024));
        QVERIFY(list.entries.at(1).location.endsWith(u"_0"_s));
        QCOMPARE(list.toJson().value(u"format"_s).toString(), u"inmemory-ckp-list"_s);
    }

    // Bare JSON (no "msg: " wrapping), a payload after the JSON, an empty list, no global.
    void variants()
    {
        QString bare = v3Reply;
        bare.remove(u"\nmsg: "_s);
        QCOMPARE(parseCheckpointList(bare).entries.size(), 3);
        QCOMPARE(parseCheckpointList(v2Reply + u"some payload"_s).entries.size(), 4);
        const CheckpointList empty
            = parseCheckpointList(u"\nmsg: {\n  \"count\": 0,\n  \"entries\": []\n}\n\n"_s);
        QVERIFY(empty.isKnown());
        QVERIFY(!empty.lastGlobal());
        QCOMPARE(empty.incrementalsSinceGlobalCount(), 0);
        const CheckpointList nil = parseCheckpointList(u"\nmsg: {\"count\": 0, \"checkpoints\": null}\n\n"_s);
        QCOMPARE(nil.format, CheckpointList::Format::V2CheckpointList);
        // Only incrementals (no global yet): all of them count.
        const CheckpointList noGlobal = parseCheckpointList(
            u"{\"count\":2,\"entries\":[{\"start\":\"1-0\",\"end\":\"5-0\",\"entry_type\":\"I\",\"ckp_lsn\":"
            u"3,\"truncate_lsn\":1},"
            "{\"start\":\"6-0\",\"end\":\"9-0\",\"entry_type\":\"I\",\"ckp_lsn\":4,\"truncate_lsn\":2}]}"_s);
        QCOMPARE(noGlobal.incrementalsSinceGlobalCount(), 2);
        // An incremental that ended before the global is not "since" it.
        const CheckpointList older = parseCheckpointList(
            u"{\"count\":2,\"entries\":[{\"end\":\"100-0\",\"entry_type\":\"G\",\"ckp_lsn\":9},"
            "{\"end\":\"50-0\",\"entry_type\":\"I\",\"ckp_lsn\":4}]}"_s);
        QCOMPARE(older.incrementalsSinceGlobalCount(), 0);
    }

    // Anything else is kept raw, never guessed at, never a crash.
    void unknownFormats_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::newRow("empty") << QString();
        QTest::newRow("cobra error")
            << u"\nmsg: Error: unknown command \"inmemory-ckp\" for \"inspect inspect\"\nRun 'inspect inspect --help' for usage.\n\n"_s;
        QTest::newRow("other JSON") << u"\nmsg: {\"table_count\": 2, \"tables\": [1, 2]}\n\n"_s;
        QTest::newRow("broken JSON") << u"\nmsg: {\"count\": 3, \"entries\": [{\"start\": \n\n"_s;
        QTest::newRow("array") << u"[1,2,3]"_s;
        QTest::newRow("braces reversed") << u"} msg: {"_s;
        QTest::newRow("flush reply")
            << u"{\n  \"method\": \"Flush\",\n  \"result\": [\n    {\n      \"returnStr\": \"OK\"\n    }\n  ]\n}\n"_s;
        QTest::newRow("entries not objects") << u"{\"count\":1,\"entries\":[\"x\", 5, null]}"_s;
    }
    void unknownFormats()
    {
        QFETCH(QString, reply);
        const CheckpointList list = parseCheckpointList(reply);
        QCOMPARE(list.raw, reply);
        if (list.format == CheckpointList::Format::Unknown) {
            QVERIFY(!list.isKnown());
            QVERIFY(list.entries.isEmpty());
            QCOMPARE(list.toJson().value(u"raw"_s).toString(), reply);
        } else {
            // entries that are not objects are read as empty entries of unknown type, not a crash
            QCOMPARE(list.lastGlobal(), nullptr);
        }
    }

    void commandByVersion()
    {
        QCOMPARE(checkpointListCommand(ServerVersion::parse(u"8.0.30-MatrixOne-v2.0.0"_s)),
            u"inspect checkpoint list"_s);
        QCOMPARE(checkpointListCommand(ServerVersion::parse(u"8.0.30-MatrixOne-v2.2.0"_s)),
            u"inspect checkpoint list"_s);
        QCOMPARE(checkpointListCommand(ServerVersion::parse(u"8.0.30-MatrixOne-v3.0.0"_s)),
            u"inspect inmemory-ckp list"_s);
        QCOMPARE(checkpointListCommand(ServerVersion::parse(u"8.0.30-MatrixOne-v4.1.2"_s)),
            u"inspect inmemory-ckp list"_s);
        QCOMPARE(checkpointListCommand(ServerVersion::parse(u"8.0.30-MatrixOne-v"_s)),
            u"inspect inmemory-ckp list"_s);
        QCOMPARE(checkpointListStatement(ServerVersion::parse(u"8.0.30-MatrixOne-v2.2.0"_s)),
            u"SELECT mo_ctl('dn', 'inspect', 'inspect checkpoint list')"_s);
    }

    void hlcTimes()
    {
        QCOMPARE(hlcTime(u"1733200000123456789-7"_s).toMSecsSinceEpoch(), 1733200000123LL);
        QVERIFY(!hlcTime(u"0-0"_s).isValid());
        QVERIFY(!hlcTime(u"abc"_s).isValid());
        QVERIFY(!hlcTime(QString()).isValid());
    }
};

QTEST_GUILESS_MAIN(TestCheckpoints)
#include "tst_checkpoints.moc"
