#pragma once

#include "history/historytypes.h"

#include <functional>
#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

class QTcpServer;
class QTcpSocket;

namespace moctl {

// The next run of a scheduled plan, with the name of the profile it runs against.
struct PlanNextRun
{
    QString planName;
    QString profileName;
    QDateTime next; // UTC; invalid = paused or no run left (no sample)
};

// Prometheus' text exposition format (version 0.0.4), following its practices for batch jobs:
//   moctl_plan_last_run_timestamp_seconds{plan,profile}      gauge, start of the newest finished run
//   moctl_plan_last_run_finished_timestamp_seconds{...}      gauge, its end
//   moctl_plan_last_run_duration_seconds{plan,profile}       gauge
//   moctl_plan_last_run_success{plan,profile}                gauge, 1 when it was ok, else 0
//   moctl_plan_last_success_timestamp_seconds{plan,profile}  gauge, end of the newest ok run
//   moctl_plan_next_run_timestamp_seconds{plan,profile}      gauge, scheduled plans
//   moctl_outcomes_total{plan,profile,operation,status}      counter, over the runs the history keeps
// Each family has HELP and TYPE lines; label values are escaped (\\, \", \n).
QByteArray metricsText(const QList<PlanMetrics> &plans, const QList<PlanNextRun> &nextRuns);
// A label value as the exposition format writes it (without the quotes).
QString escapeLabelValue(const QString &value);
// The Content-Type of metricsText().
inline constexpr const char *MetricsContentType = "text/plain; version=0.0.4; charset=utf-8";

// Writes `text` to `path` for node_exporter's textfile collector: a temporary file in the same
// directory, then a rename, so the collector never reads half a file. False (and *error) on failure.
bool writeMetricsTextfile(const QString &path, const QByteArray &text, QString *error = nullptr);

// A minimal HTTP/1.1 server for GET /metrics: one request per connection (Connection: close), the
// request head bounded (8 KiB, else 431) and read within 5 s; GET /metrics answers 200 with what the
// provider returns, any other path 404, any other method 405. Listens on loopback unless told
// otherwise. Runs on the thread it lives on; the provider is called there.
class MetricsServer final : public QObject
{
    Q_OBJECT

public:
    using Provider = std::function<QByteArray()>;
    static constexpr qsizetype MaxRequestBytes = 8 * 1024;

    explicit MetricsServer(Provider provider, QObject *parent = nullptr);
    ~MetricsServer() override;

    // "127.0.0.1:9464", "[::1]:9464", ":9464" (= loopback) or "0.0.0.0:9464"; port 0 = a free port.
    static bool parseAddress(const QString &text, QHostAddress *address, quint16 *port, QString *error);
    bool listen(const QHostAddress &address, quint16 port, QString *error = nullptr);
    quint16 port() const;
    QHostAddress address() const;
    int requestsServed() const { return m_served; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &body,
        const QByteArray &contentType, const QByteArray &extraHeaders = {});

    Provider m_provider;
    QTcpServer *m_server = nullptr;
    int m_served = 0;
};

} // namespace moctl
