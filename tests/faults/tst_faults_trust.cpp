// Issue 18, "Secrets" (points 1-6), with the real moctl binary: a server that asks for the password in
// clear text never gets it; --ssl-mode REQUIRED refuses the stand-in (no TLS); import never moves a
// stored password to another host; a keychain refusal is not silent; names are escaped on the terminal
// and neutralised in CSV; moctl is not dumpable; plans and profiles are read only from regular files.
#include "clirunner.h"
#include "plan/planstore.h"
#include "testserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// A MySQL-protocol server that greets with mysql_native_password, then switches every client to
// mysql_clear_password (as a PAM or LDAP account would) and records every byte it receives.
const char *const ClearTextServer = R"PY(
import socket, struct, sys, threading
log_path = sys.argv[1]
lock = threading.Lock()
def record(tag, data):
    with lock:
        with open(log_path, 'ab') as f:
            f.write(tag + b':' + data + b'\n')
def packet(seq, payload):
    return struct.pack('<I', len(payload))[:3] + bytes([seq]) + payload
def read_packet(conn):
    head = b''
    while len(head) < 4:
        chunk = conn.recv(4 - len(head))
        if not chunk:
            return None, None
        head += chunk
    length = head[0] | (head[1] << 8) | (head[2] << 16)
    body = b''
    while len(body) < length:
        chunk = conn.recv(length - len(body))
        if not chunk:
            break
        body += chunk
    return head[3], body
def serve(conn):
    try:
        caps = 0x1 | 0x4 | 0x8 | 0x200 | 0x2000 | 0x8000 | 0x20000 | 0x80000 | 0x200000
        scramble = b'abcdefghijklmnopqrst'
        greeting = (b'\x0a' + b'8.0.30-MatrixOne-v2.2.0\x00' + struct.pack('<I', 7) + scramble[:8] + b'\x00'
                    + struct.pack('<H', caps & 0xffff) + b'\x21' + struct.pack('<H', 2)
                    + struct.pack('<H', caps >> 16) + bytes([21]) + b'\x00' * 10 + scramble[8:] + b'\x00'
                    + b'mysql_native_password\x00')
        conn.sendall(packet(0, greeting))
        seq, body = read_packet(conn)
        if body is None:
            return
        record(b'response', body.hex().encode())
        conn.sendall(packet(seq + 1, b'\xfe' + b'mysql_clear_password\x00'))
        record(b'switch', b'sent')
        seq, body = read_packet(conn)
        if body is None:
            record(b'after-switch', b'closed')
            return
        record(b'after-switch', body)
        err = b'\xff' + struct.pack('<H', 1045) + b'#28000' + b'Access denied'
        conn.sendall(packet(seq + 1, err))
    except OSError:
        pass
    finally:
        conn.close()
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(('127.0.0.1', 0))
s.listen(8)
print(s.getsockname()[1], flush=True)
while True:
    c, _ = s.accept()
    threading.Thread(target=serve, args=(c,), daemon=True).start()
)PY";

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestFaultsTrust : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"MOCTL_DATA_DIR"_s, m_home.filePath(u"data"_s));
        e.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        e.insert(u"MOCTL_PASSWORD"_s, TestServer::instance().settings().password);
        return e;
    }
    QStringList connection() const
    {
        const auto s = TestServer::instance().settings();
        return { u"--host"_s, s.host, u"--port"_s, QString::number(s.port), u"--user"_s, s.user };
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    // Point 1: the server switches to mysql_clear_password; the password never leaves the client.
    void clearTextPasswordIsNeverSent()
    {
        const QString python = QStandardPaths::findExecutable(u"python3"_s);
        if (python.isEmpty())
            QSKIP("python3 is needed for the fake server");
        QTemporaryDir dir;
        const QString script = dir.filePath(u"cleartext.py"_s);
        const QString log = dir.filePath(u"received.log"_s);
        {
            QFile f(script);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(ClearTextServer);
        }
        QProcess server;
        server.start(python, { script, log });
        QVERIFY(server.waitForStarted());
        auto stop = qScopeGuard([&server] {
            server.kill();
            server.waitForFinished();
        });
        QVERIFY(server.waitForReadyRead(10000));
        const int port = QString::fromLatin1(server.readLine()).trimmed().toInt();
        QVERIFY(port > 0);

        const QString password = u"Clear-%1-text"_s.arg(QDateTime::currentMSecsSinceEpoch());
        QProcessEnvironment e = env();
        e.insert(u"MOCTL_PASSWORD"_s, password);
        QElapsedTimer clock;
        clock.start();
        const CliResult r = runMoctl({ u"--host"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(port),
                                         u"--user"_s, u"root"_s, u"flush"_s, u"production_db.users"_s },
            e, {}, 60000);
        QVERIFY(r.finished);
        const QByteArray received = readFile(log);
        QVERIFY2(received.contains("switch:sent"), received.constData()); // the server really asked
        QVERIFY2(!received.contains(password.toUtf8()), "the password was sent in clear text");
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(
            r.out.contains(u"clear text"_s) || r.err.contains(u"clear text"_s), qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"was not sent"_s) || r.err.contains(u"was not sent"_s),
            qPrintable(r.out + r.err));
        QVERIFY(!r.out.contains(password) && !r.err.contains(password));
        qInfo("refused in %lld ms: %s", clock.elapsed(), qPrintable(r.out.trimmed()));
    }

    // Point 1: --ssl-mode REQUIRED against the stand-in (no TLS) is refused with exit 3 and says why;
    // PREFERRED and DISABLED connect; VERIFY_IDENTITY is refused because QMYSQL cannot check it.
    void sslModes()
    {
        REQUIRE_STANDIN();
        CliResult r
            = runMoctl(connection() + QStringList { u"--ssl-mode"_s, u"REQUIRED"_s, u"checkpoint"_s }, env());
        QCOMPARE(r.exitCode, 3);
        QVERIFY2((r.out + r.err).contains(u"requires TLS"_s), qPrintable(r.out + r.err));
        for (const QString &mode : { u"PREFERRED"_s, u"DISABLED"_s }) {
            r = runMoctl(connection() + QStringList { u"--ssl-mode"_s, mode, u"checkpoint"_s }, env());
            QVERIFY2(r.exitCode == 0, qPrintable(mode + u": "_s + r.out + r.err));
        }
        r = runMoctl(connection()
                + QStringList { u"--ssl-mode"_s, u"VERIFY_IDENTITY"_s, u"--ssl-ca"_s, u"/etc/hostname"_s,
                    u"checkpoint"_s },
            env());
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(
            (r.out + r.err).contains(u"VERIFY_IDENTITY cannot be honoured"_s), qPrintable(r.out + r.err));
        r = runMoctl(connection() + QStringList { u"--ssl-mode"_s, u"SOMETIMES"_s, u"checkpoint"_s }, env());
        QCOMPARE(r.exitCode, 2);
        // A profile saved with --ssl-mode REQUIRED keeps it.
        r = runMoctl(connection()
                + QStringList { u"--ssl-mode"_s, u"REQUIRED"_s, u"profiles"_s, u"add"_s, u"tls-only"_s },
            env());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        r = runMoctl({ u"--profile"_s, u"tls-only"_s, u"checkpoint"_s }, env());
        QCOMPARE(r.exitCode, 3);
    }

    // Point 2: import never sends a stored password to a new host.
    void importNeverMovesAPassword()
    {
        QTemporaryDir data;
        QProcessEnvironment e = env();
        e.insert(u"MOCTL_DATA_DIR"_s, data.path());
        CliResult r = runMoctl({ u"--host"_s, u"10.0.0.1"_s, u"profiles"_s, u"add"_s, u"prod"_s }, e);
        QCOMPARE(r.exitCode, 0);
        r = runMoctl({ u"--format"_s, u"json"_s, u"profiles"_s, u"list"_s }, e);
        const QJsonObject original = QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
        const QString id = original.value(u"id"_s).toString();
        QVERIFY(!id.isEmpty());

        QJsonObject moved = original;
        moved.insert(u"host"_s, u"evil.example.net"_s);
        const QString doc = data.filePath(u"moved.json"_s);
        {
            QFile f(doc);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(QJsonObject { { u"format"_s, u"moctl-profiles"_s }, { u"version"_s, 1 },
                                      { u"profiles"_s, QJsonArray { moved } } })
                        .toJson());
        }
        r = runMoctl({ u"profiles"_s, u"import"_s, doc }, e);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"added as a new profile"_s), qPrintable(r.out));
        r = runMoctl({ u"--format"_s, u"json"_s, u"profiles"_s, u"list"_s }, e);
        QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        for (const QJsonValue &v : list) {
            const QJsonObject p = v.toObject();
            if (p.value(u"id"_s).toString() == id)
                QCOMPARE(p.value(u"host"_s).toString(), u"10.0.0.1"_s); // the id keeps its host
            else
                QCOMPARE(p.value(u"host"_s).toString(), u"evil.example.net"_s);
        }
        // --replace replaces it (and drops the password stored for the id).
        r = runMoctl({ u"profiles"_s, u"import"_s, doc, u"--replace"_s }, e);
        QVERIFY2(r.exitCode == 0 || r.exitCode == 6, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"password was removed"_s), qPrintable(r.out));
        r = runMoctl({ u"--format"_s, u"json"_s, u"profiles"_s, u"show"_s, id }, e);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"host"_s).toString(),
            u"evil.example.net"_s);
    }

    // Point 3: no Secret Service: profiles add says so in words and exits 6.
    void keychainRefusalIsNotSilent()
    {
        QTemporaryDir data;
        QProcessEnvironment e = env();
        e.insert(u"MOCTL_DATA_DIR"_s, data.path());
        e.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/moctl-no-bus"_s);
        e.remove(u"DISPLAY"_s);
        e.remove(u"MOCTL_PASSWORD"_s);
        const CliResult r = runMoctl(
            { u"--host"_s, u"10.0.0.2"_s, u"profiles"_s, u"add"_s, u"nokeychain"_s, u"--password-stdin"_s },
            e, "Not-saved-pw\n");
        QCOMPARE(r.exitCode, 6);
        const QString first = r.err.section(u'\n', 0, 0);
        QVERIFY2(first.contains(u"password was NOT saved"_s), qPrintable(r.err));
        QVERIFY2(
            r.err.contains(u"--password-stdin"_s) && r.err.contains(u"MOCTL_PASSWORD"_s), qPrintable(r.err));
        QVERIFY(!r.err.contains(u"Not-saved-pw"_s) && !r.out.contains(u"Not-saved-pw"_s));
        // The profile itself was saved.
        QCOMPARE(runMoctl({ u"profiles"_s, u"show"_s, u"nokeychain"_s }, e).exitCode, 0);
    }

    // Point 4: an ESC sequence in a table name never reaches the terminal; a formula-like name is
    // neutralised in CSV.
    void hostileNamesAreEscaped()
    {
        REQUIRE_STANDIN();
        TestServer &server = TestServer::instance();
        const QString esc = u"\x1b]0;pwned\x07\x1b[31mred"_s;
        const QString formula = u"=cmd|' /C calc'!A0"_s;
        QVERIFY(server.exec(u"CREATE DATABASE IF NOT EXISTS t18_hostile"_s));
        QVERIFY(server.exec(u"CREATE TABLE IF NOT EXISTS t18_hostile.`%1` (id INT)"_s.arg(esc)));
        QVERIFY(server.exec(u"CREATE TABLE IF NOT EXISTS t18_hostile.`%1` (id INT)"_s.arg(formula)));
        QVERIFY(server.exec(u"CREATE TABLE IF NOT EXISTS t18_hostile.`+plus` (id INT)"_s));

        CliResult r = runMoctl(connection() + QStringList { u"tables"_s, u"t18_hostile"_s }, env());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.out.contains(QChar(0x1b)) && !r.out.contains(QChar(0x07)),
            "a control character reached the terminal");
        QVERIFY2(r.out.contains(u"\\e]0;pwned\\x07\\e[31mred"_s), qPrintable(r.out));

        r = runMoctl(
            connection() + QStringList { u"--format"_s, u"csv"_s, u"tables"_s, u"t18_hostile"_s }, env());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"t18_hostile,'=cmd|' /C calc'!A0,"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"t18_hostile,'+plus,"_s), qPrintable(r.out));
        for (const QString &line : r.out.split(u"\r\n"_s, Qt::SkipEmptyParts)) {
            for (const QString &cell : line.split(u',')) {
                QVERIFY2(
                    cell.isEmpty() || !QStringView(u"=+-@\t\r").contains(cell.front()), qPrintable(line));
            }
        }

        // A flush of the ESC table: the outcome line and the history's text are escaped too.
        r = runMoctl(connection() + QStringList { u"flush"_s, u"t18_hostile.%1"_s.arg(esc) }, env());
        QVERIFY2(!r.out.contains(QChar(0x1b)) && !r.err.contains(QChar(0x1b)), qPrintable(r.out + r.err));
        r = runMoctl({ u"history"_s, u"--limit"_s, u"1"_s }, env());
        QVERIFY(!r.out.contains(QChar(0x1b)));
    }

    // Point 5: a started moctl is not dumpable (its /proc entries belong to root, not to its user).
    void moctlIsNotDumpable_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("moctl") << u"moctl"_s << QStringList { u"profiles"_s, u"import"_s, u"-"_s };
        QTest::newRow("moctl-studio") << u"moctl-studio"_s << QStringList { u"-platform"_s, u"offscreen"_s };
    }
    void moctlIsNotDumpable()
    {
#if !defined(Q_OS_LINUX)
        QSKIP("PR_SET_DUMPABLE is Linux");
#else
        QTemporaryDir data;
        QVERIFY(QFile::setPermissions(data.path(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                | QFileDevice::WriteOther | QFileDevice::ExeOther));
        QProcess child;
        QProcessEnvironment e = env();
        e.insert(u"MOCTL_DATA_DIR"_s, data.path());
        e.insert(u"HOME"_s, data.path());
        e.insert(u"XDG_CONFIG_HOME"_s, data.path());
        child.setProcessEnvironment(e);
        // As root, every /proc entry belongs to root anyway: run the child as nobody so that "dumpable"
        // (entries owned by the process's user) and "not dumpable" (owned by root) can be told apart.
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        const QString path = QStringLiteral(MOCTL_BIN_DIR) + u'/' + program;
        if (!QFileInfo::exists(path))
            QSKIP("not built");
        const bool root = ::geteuid() == 0;
        const uint nobody = 65534;
        if (root)
            child.start(u"setpriv"_s,
                QStringList { u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s, path }
                    + arguments);
        else
            child.start(path, arguments); // moctl waits on stdin; the GUI runs until killed
        QVERIFY(child.waitForStarted());
        auto stop = qScopeGuard([&child] {
            child.kill();
            child.waitForFinished();
        });
        const QString proc = u"/proc/%1"_s.arg(child.processId());
        // Wait until setpriv has become moctl (the command line says so).
        QElapsedTimer clock;
        clock.start();
        while (!readFile(proc + u"/cmdline"_s).contains(program.toUtf8())
            || readFile(proc + u"/cmdline"_s).startsWith("setpriv")) {
            QVERIFY2(clock.elapsed() < 10000, "moctl did not start");
            QTest::qWait(20);
        }
        QTest::qWait(300); // past main()'s first line
        const QByteArray status = readFile(proc + u"/status"_s);
        QVERIFY2(status.contains("Name:\t" + program.left(15).toUtf8()), status.constData());
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(proc + u"/environ"_s).constData(), &st), 0);
        const uint processUid = root ? nobody : ::geteuid();
        QVERIFY2(QRegularExpression(u"Uid:\\s+%1\\b"_s.arg(processUid))
                     .match(QString::fromLatin1(status))
                     .hasMatch(),
            status.constData());
        // Dumpable: /proc/<pid>/environ belongs to the process's user; not dumpable: to root.
        QCOMPARE(uint(st.st_uid), 0u);
        child.closeWriteChannel();
#endif
    }

    // Point 6: a plan linked to /dev/zero, a FIFO as a plan or as the profiles file: refused at once.
    void specialFilesAreRefused()
    {
        QTemporaryDir dir;
        const QString zero = dir.filePath(u"zero.moplan.json"_s);
        QVERIFY(QFile::link(u"/dev/zero"_s, zero));
        QElapsedTimer clock;
        clock.start();
        CliResult r = runMoctl({ u"run-plan"_s, zero, u"--dry-run"_s }, env(), {}, 20000);
        QVERIFY2(r.finished, "moctl hung on /dev/zero");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"not a regular file"_s), qPrintable(r.err));
        QVERIFY(clock.elapsed() < 10000);

        const QString fifo = dir.filePath(u"fifo.moplan.json"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        r = runMoctl({ u"run-plan"_s, fifo, u"--dry-run"_s }, env(), {}, 20000);
        QVERIFY2(r.finished, "moctl hung on a FIFO plan");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"not a regular file"_s), qPrintable(r.err));

        // Importing a plan (the GUI's "Import plan…") from a FIFO or /dev/zero: refused, never read.
        {
            moctl::PlanStore store(dir.filePath(u"plans"_s));
            QString error;
            clock.restart();
            QVERIFY(!store.importFile(fifo, &error));
            QVERIFY2(error.contains(u"not a regular file"_s), qPrintable(error));
            QVERIFY(!store.importFile(u"/dev/zero"_s, &error));
            QVERIFY2(error.contains(u"not a regular file"_s), qPrintable(error));
            QVERIFY(clock.elapsed() < 2000);
        }
        // A plan in the plans directory that links to /dev/zero: listed as broken, with the reason.
        {
            QTemporaryDir data;
            QVERIFY(QDir().mkpath(data.filePath(u"plans"_s)));
            QVERIFY(QFile::link(u"/dev/zero"_s, data.filePath(u"plans/zero.moplan.json"_s)));
            QProcessEnvironment e = env();
            e.insert(u"MOCTL_DATA_DIR"_s, data.path());
            r = runMoctl({ u"plans"_s, u"list"_s }, e, {}, 20000);
            QVERIFY2(r.finished, "moctl hung listing a plan linked to /dev/zero");
            QVERIFY2(r.out.contains(u"BROKEN"_s) && r.out.contains(u"not a regular file"_s),
                qPrintable(r.out + r.err));
        }

        // The profiles file as a FIFO.
        QTemporaryDir data;
        QCOMPARE(::mkfifo(QFile::encodeName(data.filePath(u"profiles.json"_s)).constData(), 0600), 0);
        QProcessEnvironment e = env();
        e.insert(u"MOCTL_DATA_DIR"_s, data.path());
        r = runMoctl({ u"profiles"_s, u"list"_s }, e, {}, 20000);
        QVERIFY2(r.finished, "moctl hung on a FIFO profiles file");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"not a regular file"_s), qPrintable(r.err));
        // Import from /dev/zero.
        r = runMoctl({ u"profiles"_s, u"import"_s, u"/dev/zero"_s }, env(), {}, 20000);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"not a regular file"_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestFaultsTrust)
#include "tst_faults_trust.moc"
