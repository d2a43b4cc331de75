// Pure parts of the runner: grouping of ad-hoc operations into steps, backoff, names.
#include "runner/rundescription.h"
#include "runner/runner.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace moctl;
using namespace std::chrono_literals;

class TestRunTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describeRunSaysWhatAndWhere()
    {
        RunRequest request;
        request.profileName = u"prod-eu"_s;
        request.settings.host = u"db.example.com"_s;
        request.settings.port = 6001;
        QList<Operation> ops;
        for (int i = 0; i < 7; ++i)
            ops << Operation::flush(TableRef::byName(u"sales"_s, u"t%1"_s.arg(i)));
        ops << Operation::flush(TableRef::byName(u"sales"_s, u"t0"_s)); // the same table twice: 7 tables
        ops << Operation::checkpoint(u"30s"_s) << Operation::globalCheckpoint();
        request.steps = RunRequest::stepsFor(ops, ExecutionOptions {});
        const RunDescription d = describeRun(request);
        QCOMPARE(d.flushes, 8);
        QCOMPARE(d.tables, 7);
        QCOMPARE(d.checkpoints, 1);
        QCOMPARE(d.globalCheckpoints, 1);
        QCOMPARE(d.cluster, u"prod-eu (db.example.com:6001)"_s);
        QCOMPARE(d.title, u"Run on prod-eu?"_s);
        // (Plural forms come from the English translation, not loaded here: "statement(s)" or "statements".)
        QVERIFY2(d.question.startsWith(u"This sends 10 statement"_s), qPrintable(d.question));
        QVERIFY(d.question.endsWith(u" to the cluster prod-eu (db.example.com:6001):"_s));
        QCOMPARE(d.lines.size(), 3);
        QVERIFY2(d.lines.at(0).startsWith(u"flush 7 table"_s), qPrintable(d.lines.at(0)));
        QVERIFY(d.lines.at(0).endsWith(u": sales.t0, sales.t1, sales.t2, sales.t3, sales.t4 and 2 more"_s));
        QVERIFY(d.lines.at(1).startsWith(u"1 incremental checkpoint"_s));
        QVERIFY(d.lines.at(1).endsWith(u" (duration 30s)"_s));
        QVERIFY(d.lines.at(2).startsWith(u"1 global checkpoint"_s));
        QVERIFY(d.text().startsWith(d.question + u"\n  • flush 7 table"_s));

        // A plan says so; a tenant's table names its account.
        request.planName = u"Nightly"_s;
        request.steps = RunRequest::stepsFor({ Operation::flush(TableRef::byName(u"db"_s, u"t"_s, 2)) }, {});
        const RunDescription plan = describeRun(request);
        QVERIFY2(
            plan.question.startsWith(u"The plan \"Nightly\" sends 1 statement"_s), qPrintable(plan.question));
        QCOMPARE(plan.lines.size(), 1);
        QVERIFY(plan.lines.first().endsWith(u": db.t (account 2)"_s));
    }

    void describeFleetRunNamesEachAskingCluster()
    {
        const auto request = [](const QString &name, const QString &host, int tables) {
            RunRequest r;
            r.planName = u"Nightly"_s;
            r.profileName = name;
            r.settings.host = host;
            r.settings.port = 6001;
            QList<Operation> ops;
            for (int i = 0; i < tables; ++i)
                ops << Operation::flush(TableRef::byName(u"sales"_s, u"t%1"_s.arg(i)));
            ops << Operation::globalCheckpoint();
            r.steps = RunRequest::stepsFor(ops, ExecutionOptions {});
            return r;
        };
        const QList<RunRequest> requests { request(u"prod-eu"_s, u"eu.example.com"_s, 3),
            request(u"dev"_s, u"dev.example.com"_s, 1), request(u"prod-us"_s, u"us.example.com"_s, 2),
            request(u"test"_s, u"test.example.com"_s, 1) };
        const FleetRunDescription d = describeFleetRun(requests, { 0, 2 });
        QVERIFY2(d.title.startsWith(u"Run on 4 cluster"_s), qPrintable(d.title));
        QVERIFY2(d.question.startsWith(u"The plan \"Nightly\" runs on 4 cluster"_s), qPrintable(d.question));
        QCOMPARE(d.lines.size(), 3);
        QVERIFY2(d.lines.at(0).startsWith(u"prod-eu (eu.example.com:6001): flush 3 table"_s),
            qPrintable(d.lines.at(0)));
        QVERIFY(d.lines.at(0).contains(u"1 global checkpoint"_s));
        QVERIFY(d.lines.at(1).startsWith(u"prod-us (us.example.com:6001): flush 2 table"_s));
        QVERIFY2(d.lines.at(2).startsWith(u"and 2 other cluster"_s), qPrintable(d.lines.at(2)));
        QVERIFY(d.lines.at(2).endsWith(u": dev, test"_s));
        QVERIFY(!d.text().contains(u"dev.example.com"_s)); // the others by name only
    }

    void stepsGroupFlushesAndIsolateCheckpoints()
    {
        const auto t
            = [](const char *n) { return Operation::flush(TableRef::byName(u"db"_s, QString::fromUtf8(n))); };
        const QList<Operation> ops { t("a"), t("b"), Operation::checkpoint(), t("c"),
            Operation::globalCheckpoint(), Operation::checkpoint(u"30s"_s) };
        const QList<RunStep> steps = RunRequest::stepsFor(ops, ExecutionOptions {});
        QCOMPARE(steps.size(), 5);
        QCOMPARE(steps.at(0).operations.size(), 2);
        QVERIFY(!steps.at(0).isCheckpoint());
        QVERIFY(steps.at(1).isCheckpoint());
        QCOMPARE(steps.at(2).operations.size(), 1);
        QVERIFY(steps.at(3).isCheckpoint());
        QVERIFY(steps.at(4).isCheckpoint());
        RunRequest request;
        request.steps = steps;
        QCOMPARE(request.operationCount(), 6);
    }

    void backoffGrowsAndIsCapped()
    {
        ExecutionOptions o;
        o.backoffBase = 100ms;
        o.backoffMax = 1000ms;
        QCOMPARE(backoffDelay(o, 2, 1.0), 100ms);
        QCOMPARE(backoffDelay(o, 3, 1.0), 200ms);
        QCOMPARE(backoffDelay(o, 4, 1.0), 400ms);
        QCOMPARE(backoffDelay(o, 6, 1.0), 1000ms);
        QCOMPARE(backoffDelay(o, 60, 1.0), 1000ms);
        QCOMPARE(backoffDelay(o, 2, 0.5), 50ms);
        QCOMPARE(backoffDelay(o, 2, 1.49), 149ms);
    }

    void namesRoundTrip()
    {
        for (auto s : { RunStatus::Running, RunStatus::Ok, RunStatus::Failed, RunStatus::Partial,
                 RunStatus::Cancelled, RunStatus::Interrupted })
            QCOMPARE(runStatusFromName(runStatusName(s)), s);
        for (auto s : { OutcomeStatus::Ok, OutcomeStatus::Failed, OutcomeStatus::Timeout,
                 OutcomeStatus::Cancelled, OutcomeStatus::Skipped })
            QCOMPARE(outcomeStatusFromName(outcomeStatusName(s)), s);
        for (auto p : { FailurePolicy::Stop, FailurePolicy::Continue, FailurePolicy::SkipCheckpoints }) {
            bool ok = false;
            QCOMPARE(failurePolicyFromName(failurePolicyName(p), &ok), p);
            QVERIFY(ok);
        }
        bool ok = true;
        failurePolicyFromName(u"explode"_s, &ok);
        QVERIFY(!ok);
        for (auto k : { OperationKind::Flush, OperationKind::Checkpoint, OperationKind::GlobalCheckpoint })
            QCOMPARE(operationFromName(operationName(k)), k);
    }

    // With no server at all, a run still ends, records every operation, and reports a connection error.
    void runAgainstNothingFailsCleanly()
    {
        RunRequest request;
        request.settings.host = u"127.0.0.1"_s;
        request.settings.port = 1; // nothing listens on port 1
        request.settings.connectTimeoutSec = 2;
        ExecutionOptions options;
        options.retries = 1;
        options.backoffBase = 10ms;
        request.steps = RunRequest::stepsFor(
            { Operation::flush(TableRef::byName(u"a"_s, u"b"_s)), Operation::checkpoint() }, options);
        request.policy = FailurePolicy::Continue;
        QList<Outcome> outcomes;
        RunCallbacks callbacks;
        std::mutex m;
        callbacks.operationFinished = [&](const Outcome &o) {
            std::lock_guard lock(m);
            outcomes << o;
        };
        const RunSummary summary = executeRun(request, nullptr, CancelToken(), callbacks);
        QCOMPARE(summary.status, RunStatus::Failed);
        QCOMPARE(outcomes.size(), 2);
        // Nothing answers there: the first operation fails and is not retried (a connection error is
        // retried only once the server answers again); the rest is not attempted (issue 18).
        QCOMPARE(summary.failed, 1);
        QCOMPARE(summary.notAttempted, 1);
        QCOMPARE(summary.firstError.kind(), MoError::Kind::Connection);
        QCOMPARE(summary.worstError.kind(), MoError::Kind::Connection);
        QCOMPARE(outcomes.at(0).attempts, 1);
        QCOMPARE(outcomes.at(0).status, OutcomeStatus::Failed);
        QCOMPARE(outcomes.at(1).attempts, 0);
        QCOMPARE(outcomes.at(1).status, OutcomeStatus::NotAttempted);
        QCOMPARE(outcomes.at(1).error.kind(), MoError::Kind::Connection);
    }

    void stopPolicySkipsTheRest()
    {
        RunRequest request;
        request.settings.port = 1;
        request.settings.connectTimeoutSec = 2;
        ExecutionOptions options;
        options.retries = 0;
        request.steps = RunRequest::stepsFor({ Operation::flush(TableRef::byName(u"a"_s, u"b"_s)),
                                                 Operation::checkpoint(), Operation::globalCheckpoint() },
            options);
        request.policy = FailurePolicy::Stop;
        const RunSummary summary = executeRun(request, nullptr, CancelToken());
        QCOMPARE(summary.failed, 1);
        QCOMPARE(summary.skipped, 2);
        QCOMPARE(summary.status, RunStatus::Failed);
    }

    void cancelledBeforeStartSendsNothing()
    {
        RunRequest request;
        request.settings.port = 1;
        request.steps = RunRequest::stepsFor({ Operation::checkpoint() }, ExecutionOptions {});
        CancelToken cancel;
        cancel.cancel();
        const RunSummary summary = executeRun(request, nullptr, cancel);
        QCOMPARE(summary.status, RunStatus::Cancelled);
        QCOMPARE(summary.cancelled, 1);
    }
};

QTEST_GUILESS_MAIN(TestRunTypes)
#include "tst_runtypes.moc"
