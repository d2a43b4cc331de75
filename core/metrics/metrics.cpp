#include "metrics.h"

#include "moctl/operation.h"

#include <algorithm>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {

QByteArray number(double value)
{
    return QByteArray::number(value, 'f', 3);
}

QByteArray seconds(const QDateTime &t)
{
    return number(double(t.toMSecsSinceEpoch()) / 1000.0);
}

QByteArray labels(const QList<std::pair<const char *, QString>> &pairs)
{
    QByteArray out = "{";
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        if (i > 0)
            out += ',';
        out += pairs.at(i).first;
        out += "=\"";
        out += escapeLabelValue(pairs.at(i).second).toUtf8();
        out += '"';
    }
    out += '}';
    return out;
}

void family(QByteArray &out, const char *name, const char *type, const char *help)
{
    out += "# HELP ";
    out += name;
    out += ' ';
    out += help;
    out += "\n# TYPE ";
    out += name;
    out += ' ';
    out += type;
    out += '\n';
}

} // namespace

QString escapeLabelValue(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == u'\\')
            out += u"\\\\"_s;
        else if (c == u'"')
            out += u"\\\""_s;
        else if (c == u'\n')
            out += u"\\n"_s;
        else
            out += c;
    }
    return out;
}

QByteArray metricsText(const QList<PlanMetrics> &unsorted, const QList<PlanNextRun> &unsortedNext)
{
    QList<PlanMetrics> plans = unsorted;
    std::sort(plans.begin(), plans.end(), [](const PlanMetrics &a, const PlanMetrics &b) {
        return std::tie(a.planName, a.profileName, a.planId) < std::tie(b.planName, b.profileName, b.planId);
    });
    QList<PlanNextRun> nextRuns = unsortedNext;
    std::sort(nextRuns.begin(), nextRuns.end(), [](const PlanNextRun &a, const PlanNextRun &b) {
        return std::tie(a.planName, a.profileName) < std::tie(b.planName, b.profileName);
    });
    const auto planLabels = [](const PlanMetrics &m) {
        return labels({ { "plan", m.planName }, { "profile", m.profileName } });
    };
    QByteArray out;
    family(out, "moctl_plan_last_run_timestamp_seconds", "gauge",
        "Start of the plan's newest finished run, in seconds since the Unix epoch.");
    for (const PlanMetrics &m : std::as_const(plans))
        out += "moctl_plan_last_run_timestamp_seconds" + planLabels(m) + ' ' + seconds(m.lastRunStarted)
            + '\n';
    family(out, "moctl_plan_last_run_finished_timestamp_seconds", "gauge",
        "End of the plan's newest finished run, in seconds since the Unix epoch.");
    for (const PlanMetrics &m : std::as_const(plans))
        out += "moctl_plan_last_run_finished_timestamp_seconds" + planLabels(m) + ' '
            + seconds(m.lastRunFinished) + '\n';
    family(out, "moctl_plan_last_run_duration_seconds", "gauge",
        "How long the plan's newest finished run took.");
    for (const PlanMetrics &m : std::as_const(plans)) {
        const qint64 ms = m.lastRunStarted.isValid() && m.lastRunFinished.isValid()
            ? m.lastRunStarted.msecsTo(m.lastRunFinished)
            : 0;
        out += "moctl_plan_last_run_duration_seconds" + planLabels(m) + ' '
            + number(double(std::max<qint64>(0, ms)) / 1000.0) + '\n';
    }
    family(out, "moctl_plan_last_run_success", "gauge",
        "1 when the plan's newest finished run succeeded (every outcome ok), else 0.");
    for (const PlanMetrics &m : std::as_const(plans))
        out += "moctl_plan_last_run_success" + planLabels(m) + ' '
            + (m.lastStatus == RunStatus::Ok ? "1" : "0") + '\n';
    family(out, "moctl_plan_last_success_timestamp_seconds", "gauge",
        "End of the plan's newest successful run, in seconds since the Unix epoch (absent when none "
        "succeeded).");
    for (const PlanMetrics &m : std::as_const(plans)) {
        if (m.lastSuccessFinished.isValid())
            out += "moctl_plan_last_success_timestamp_seconds" + planLabels(m) + ' '
                + seconds(m.lastSuccessFinished) + '\n';
    }
    family(out, "moctl_plan_next_run_timestamp_seconds", "gauge",
        "When the plan's schedule runs it next, in seconds since the Unix epoch (absent when paused or "
        "ended).");
    for (const PlanNextRun &n : std::as_const(nextRuns)) {
        if (n.next.isValid())
            out += "moctl_plan_next_run_timestamp_seconds"
                + labels({ { "plan", n.planName }, { "profile", n.profileName } }) + ' ' + seconds(n.next)
                + '\n';
    }
    family(out, "moctl_outcomes_total", "counter",
        "Outcomes of the plan's runs kept in the history, by operation and status (a purge lowers it).");
    for (const PlanMetrics &m : std::as_const(plans)) {
        QStringList keys = m.outcomes.keys();
        keys.sort();
        for (const QString &key : std::as_const(keys)) {
            const QString operation = key.section(u'\t', 0, 0);
            const QString status = key.section(u'\t', 1, 1);
            out += "moctl_outcomes_total"
                + labels({ { "plan", m.planName }, { "profile", m.profileName }, { "operation", operation },
                    { "status", status } })
                + ' ' + QByteArray::number(m.outcomes.value(key)) + '\n';
        }
    }
    return out;
}

bool writeMetricsTextfile(const QString &path, const QByteArray &text, QString *error)
{
    // QSaveFile writes <path>.XXXXXX in the same directory and renames it over `path` on commit.
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("moctl::Metrics", "Cannot write the metrics file %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return true;
}

// --- MetricsServer

MetricsServer::MetricsServer(Provider provider, QObject *parent)
    : QObject(parent)
    , m_provider(std::move(provider))
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &MetricsServer::onNewConnection);
}

MetricsServer::~MetricsServer() = default;

bool MetricsServer::parseAddress(const QString &text, QHostAddress *address, quint16 *port, QString *error)
{
    const qsizetype colon = text.lastIndexOf(u':');
    const auto fail = [&] {
        if (error)
            *error = QCoreApplication::translate(
                "moctl::Metrics", "--metrics-address takes HOST:PORT, e.g. 127.0.0.1:9464 (not \"%1\").")
                         .arg(text);
        return false;
    };
    if (colon < 0)
        return fail();
    QString host = text.left(colon);
    bool ok = false;
    const int p = text.mid(colon + 1).toInt(&ok);
    if (!ok || p < 0 || p > 65535)
        return fail();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    QHostAddress a;
    if (host.isEmpty() || host == u"localhost"_s)
        a = QHostAddress(QHostAddress::LocalHost);
    else if (!a.setAddress(host))
        return fail();
    *address = a;
    *port = quint16(p);
    return true;
}

bool MetricsServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_server->listen(address, port))
        return true;
    if (error)
        *error = QCoreApplication::translate("moctl::Metrics", "Cannot listen on %1:%2 for metrics: %3")
                     .arg(address.toString())
                     .arg(port)
                     .arg(m_server->errorString());
    return false;
}

quint16 MetricsServer::port() const
{
    return m_server->serverPort();
}

QHostAddress MetricsServer::address() const
{
    return m_server->serverAddress();
}

void MetricsServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        // A client that never finishes its request is dropped.
        auto *deadline = new QTimer(socket);
        deadline->setSingleShot(true);
        connect(deadline, &QTimer::timeout, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        deadline->start(5000);
    }
}

void MetricsServer::onReadyRead(QTcpSocket *socket)
{
    if (socket->property("answered").toBool()) {
        socket->readAll();
        return;
    }
    QByteArray head = socket->property("head").toByteArray();
    head += socket->read(MaxRequestBytes + 1 - head.size());
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() > MaxRequestBytes) {
            respond(socket, 431, "Request Header Fields Too Large", "request too large\n",
                "text/plain; charset=utf-8");
            return;
        }
        socket->setProperty("head", head);
        return;
    }
    const QByteArray requestLine = head.left(head.indexOf("\r\n"));
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1.")) {
        respond(socket, 400, "Bad Request", "bad request\n", "text/plain; charset=utf-8");
        return;
    }
    QByteArray path = parts.at(1);
    if (const qsizetype q = path.indexOf('?'); q >= 0)
        path.truncate(q);
    if (path != "/metrics") {
        respond(socket, 404, "Not Found", "not found: try /metrics\n", "text/plain; charset=utf-8");
        return;
    }
    if (parts.at(0) != "GET") {
        respond(
            socket, 405, "Method Not Allowed", "only GET\n", "text/plain; charset=utf-8", "Allow: GET\r\n");
        return;
    }
    ++m_served;
    respond(socket, 200, "OK", m_provider ? m_provider() : QByteArray(), MetricsContentType);
}

void MetricsServer::respond(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &body,
    const QByteArray &contentType, const QByteArray &extraHeaders)
{
    socket->setProperty("answered", true);
    socket->setProperty("head", QVariant());
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + body;
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace moctl
