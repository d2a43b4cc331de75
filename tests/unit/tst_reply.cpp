// Reply parsing (the Python SDK's cases and more) and server error classification.
#include "moctl/moerror.h"
#include "moctl/reply.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace moctl;

Q_DECLARE_METATYPE(moctl::OperationKind)
Q_DECLARE_METATYPE(moctl::MoError::Kind)

class TestReply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<OperationKind>("kind");
        QTest::addColumn<MoError::Kind>("expected");
        const QString ok
            = u"{\n  \"method\": \"Flush\",\n  \"result\": [\n    {\n      \"returnStr\": \"OK\"\n    }\n  ]\n}\n"_s;
        QTest::newRow("ok flush") << ok << OperationKind::Flush << MoError::Kind::None;
        QTest::newRow("ok checkpoint")
            << u"{\n  \"method\": \"Checkpoint\",\n  \"result\": [\n    {\n      \"returnStr\": \"OK\"\n    }\n  ]\n}\n"_s
            << OperationKind::Checkpoint << MoError::Kind::None;
        QTest::newRow("ok global two shards")
            << u"{\"method\":\"GlobalCheckpoint\",\"result\":[{\"returnStr\":\"OK\"},{\"returnStr\":\"OK\"}]}"_s
            << OperationKind::GlobalCheckpoint << MoError::Kind::None;
        // MatrixOne's exact layout (recognised without a JSON document) and near misses of it, which
        // the full parser must still judge.
        const QString shard = u"    {\n      \"returnStr\": \"OK\"\n    }"_s;
        QTest::newRow("ok pretty, no trailing newline")
            << ok.chopped(1) << OperationKind::Flush << MoError::Kind::None;
        QTest::newRow("ok pretty, three shards")
            << u"{\n  \"method\": \"GlobalCheckpoint\",\n  \"result\": [\n%1,\n%1,\n%1\n  ]\n}\n"_s.arg(shard)
            << OperationKind::GlobalCheckpoint << MoError::Kind::None;
        QTest::newRow("ok pretty, empty result") << u"{\n  \"method\": \"Flush\",\n  \"result\": []\n}\n"_s
                                                 << OperationKind::Flush << MoError::Kind::None;
        QTest::newRow("pretty, second shard not ok")
            << u"{\n  \"method\": \"Flush\",\n  \"result\": [\n%1,\n    {\n      \"returnStr\": \"busy\"\n    }\n  ]\n}\n"_s
                   .arg(shard)
            << OperationKind::Flush << MoError::Kind::NotOk;
        QTest::newRow("pretty, lower-case method")
            << QString(ok).replace(u"Flush"_s, u"flush"_s) << OperationKind::Flush << MoError::Kind::None;
        QTest::newRow("pretty, trailing garbage")
            << ok + u"x"_s << OperationKind::Flush << MoError::Kind::BadReply;
        QTest::newRow("pretty, two documents") << ok + ok << OperationKind::Flush << MoError::Kind::BadReply;
        QTest::newRow("pretty, shard list not closed") << ok.left(ok.indexOf(u"\n  ]"_s)) + u"\n}\n"_s
                                                       << OperationKind::Flush << MoError::Kind::BadReply;
        QTest::newRow("empty result")
            << u"{\"method\":\"Flush\",\"result\":[]}"_s << OperationKind::Flush << MoError::Kind::None;
        QTest::newRow("not ok") << u"{\"method\":\"Flush\",\"result\":[{\"returnStr\":\"ERROR: busy\"}]}"_s
                                << OperationKind::Flush << MoError::Kind::NotOk;
        QTest::newRow("second shard not ok")
            << u"{\"method\":\"Flush\",\"result\":[{\"returnStr\":\"OK\"},{\"returnStr\":\"failed\"}]}"_s
            << OperationKind::Flush << MoError::Kind::NotOk;
        QTest::newRow("invalid json")
            << u"{\"method\": \"Flush\", "_s << OperationKind::Flush << MoError::Kind::BadReply;
        QTest::newRow("empty") << QString() << OperationKind::Flush << MoError::Kind::BadReply;
        QTest::newRow("array") << u"[1,2]"_s << OperationKind::Flush << MoError::Kind::BadReply;
        QTest::newRow("wrong method") << ok << OperationKind::Checkpoint << MoError::Kind::BadReply;
        QTest::newRow("no returnStr")
            << u"{\"method\":\"Flush\",\"result\":[{}]}"_s << OperationKind::Flush << MoError::Kind::BadReply;
        QTest::newRow("result not list") << u"{\"method\":\"Flush\",\"result\":\"OK\"}"_s
                                         << OperationKind::Flush << MoError::Kind::BadReply;
        // Issue 18 point 6: nothing but a list of shard results is OK.
        QTest::newRow("null") << u"null"_s << OperationKind::Flush << MoError::Kind::BadReply;
        QTest::newRow("spaces only") << u" \n\t"_s << OperationKind::Flush << MoError::Kind::BadReply;
        QTest::newRow("not json text") << u"OK"_s << OperationKind::Flush << MoError::Kind::BadReply;
        QTest::newRow("no result") << u"{\"method\":\"Flush\"}"_s << OperationKind::Flush
                                   << MoError::Kind::BadReply;
        QTest::newRow("result null") << u"{\"method\":\"Flush\",\"result\":null}"_s << OperationKind::Flush
                                     << MoError::Kind::BadReply;
        QTest::newRow("over the cap")
            << u"{\"method\":\"Flush\",\"result\":[{\"returnStr\":\"OK\",\"pad\":\"%1\"}]}"_s.arg(
                   QString(70000, u'x'))
            << OperationKind::Flush << MoError::Kind::BadReply;
    }
    // A reply over the cap is kept once, cut, with a note; the error does not carry a second copy.
    void longReplyIsCutOnce()
    {
        const QString small = u"{\"method\":\"Flush\",\"result\":[]}"_s;
        QCOMPARE(capReply(small), small);
        const QString huge
            = u"{\"method\":\"Flush\",\"result\":[{\"returnStr\":\"%1\"}]}"_s.arg(QString(200000, u'y'));
        const QString stored = capReply(huge);
        QVERIFY(stored.size() < MaxReplyChars + 200);
        QVERIFY(stored.startsWith(huge.left(MaxReplyChars)));
        QVERIFY2(stored.contains(u"cut"_s) && stored.contains(QString::number(huge.size())),
            qPrintable(stored.right(150)));
        const MoError e = parseReply(huge, OperationKind::Flush);
        QCOMPARE(e.kind(), MoError::Kind::BadReply);
        QVERIFY(e.serverMessage().size() <= 200);
        QVERIFY(e.message().contains(u"Unexpected reply"_s));
    }

    void parse()
    {
        QFETCH(QString, raw);
        QFETCH(OperationKind, kind);
        QFETCH(MoError::Kind, expected);
        const MoError error = parseReply(raw, kind);
        QCOMPARE(error.kind(), expected);
        if (expected != MoError::Kind::None)
            QVERIFY(!error.message().isEmpty());
    }

    // Every row of DESIGN.md's error table, plus the client library's own errors.
    void classify_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<MoError::Kind>("kind");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("privilege") << 20101
                                   << u"internal error: do not have privilege to execute the statement"_s
                                   << MoError::Kind::Privilege << false;
        QTest::newRow("no table") << 1146 << u"no such table db.tbl"_s << MoError::Kind::NotFound << false;
        QTest::newRow("no database") << 0 << u"ExpectedEOB"_s << MoError::Kind::NotFound << false;
        QTest::newRow("tn") << 20105 << u"not supported: service type TN not supported"_s
                            << MoError::Kind::ServerError << false;
        QTest::newRow("unknown command")
            << 20105 << u"not supported: command FOO not supported"_s << MoError::Kind::ServerError << false;
        QTest::newRow("id parse") << 20101 << u"internal error: handleFlush: table id parse fail"_s
                                  << MoError::Kind::InvalidInput << false;
        QTest::newRow("dot parts")
            << 20101
            << u"internal error: handleFlush: expected \"TableId\" or \"DbName.TableName[.AccountId]\" "_s
            << MoError::Kind::InvalidInput << false;
        QTest::newRow("duration") << 1105 << u"time: invalid duration \"abc\""_s
                                  << MoError::Kind::InvalidInput << false;
        QTest::newRow("server timeout")
            << 20101 << u"internal error: force flush failed: internal error: timeout"_s
            << MoError::Kind::ServerTimeout << true;
        // Since MatrixOne v2.1.0 (checkpoint/flusher.go wraps context.Cause of the handler's deadline).
        QTest::newRow("server timeout v2.1")
            << 20101 << u"internal error: force flush failed: context deadline exceeded"_s
            << MoError::Kind::ServerTimeout << true;
        // The checkpoint itself (not its flush) ran out: moerr.ConvertGoError(context.DeadlineExceeded).
        QTest::newRow("checkpoint deadline")
            << 20101 << u"internal error: convert go error to mo error context deadline exceeded"_s
            << MoError::Kind::ServerTimeout << true;
        QTest::newRow("rpc timeout") << 20500 << u"rpc timeout"_s << MoError::Kind::ServerTimeout << true;
        QTest::newRow("cn refused") << 20105 << u"not supported: service CN not supported"_s
                                    << MoError::Kind::ServerError << false;
        QTest::newRow("refused") << 2002 << u"Can't connect to server on '127.0.0.1' (115)"_s
                                 << MoError::Kind::Connection << true;
        QTest::newRow("lost") << 2013 << u"Lost connection to server during query"_s
                              << MoError::Kind::Connection << true;
        QTest::newRow("gone") << 2006 << u"Server has gone away"_s << MoError::Kind::Connection << true;
        QTest::newRow("unknown host")
            << 2005 << u"Unknown server host 'nowhere.invalid' (-2)"_s << MoError::Kind::Connection << true;
        QTest::newRow("password") << 1045
                                  << u"Access denied for user 'root'@'localhost' (using password: YES)"_s
                                  << MoError::Kind::Authentication << false;
        QTest::newRow("interrupted") << 1317 << u"Query execution was interrupted"_s
                                     << MoError::Kind::Cancelled << false;
    }
    void classify()
    {
        QFETCH(int, code);
        QFETCH(QString, message);
        QFETCH(MoError::Kind, kind);
        QFETCH(bool, retryable);
        const MoError error = MoError::fromServer(code, message);
        QCOMPARE(error.kind(), kind);
        QCOMPARE(error.code(), code);
        QCOMPARE(error.isRetryable(), retryable);
        QVERIFY(error.message().contains(message.trimmed()) || kind == MoError::Kind::Cancelled);
        QCOMPARE(MoError::kindFromName(error.kindName()), kind);
    }

    void privilegeMessageExplainsTheFix()
    {
        const MoError error
            = MoError::fromServer(20101, u"internal error: do not have privilege to execute the statement"_s);
        QVERIFY(error.message().contains(u"sys account"_s));
        QVERIFY(error.message().contains(u"moadmin"_s));
    }

    // A server timeout says that the server ran out of time and what to do about it.
    void serverTimeoutMessageSaysWhatToDo()
    {
        const MoError v21
            = MoError::fromServer(20101, u"internal error: force flush failed: context deadline exceeded"_s);
        QVERIFY(v21.message().contains(u"ran out of time on the server"_s));
        QVERIFY(v21.message().contains(u"duration"_s));
        QVERIFY(v21.message().contains(u"time limit"_s));
        const MoError rpc = MoError::fromServer(20500, u"rpc timeout"_s);
        QVERIFY(rpc.message().contains(u"ran out of time"_s));
        QVERIFY(rpc.message().contains(u"retries"_s));
        // Not every 20101 is a timeout.
        QCOMPARE(MoError::fromServer(20101, u"internal error: handleFlush: invalid account id"_s).kind(),
            MoError::Kind::ServerError);
    }

    void missingDatabaseIsExplained()
    {
        const MoError error = MoError::fromServer(0, u"ExpectedEOB"_s);
        QVERIFY(error.message().contains(u"Database not found"_s));
    }
};

QTEST_GUILESS_MAIN(TestReply)
#include "tst_reply.moc"
